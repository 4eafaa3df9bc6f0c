package org.qingfeng.disposal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;

@AnalyzeClasses(packages = "org.qingfeng.disposal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] INFRASTRUCTURE = {
        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "io.micrometer.."
    };

    @ArchTest
    static final ArchRule rulesArePlainJava = classes()
            .that()
            .haveSimpleNameEndingWith("Policy")
            .or()
            .haveSimpleName("ColourDecision")
            .or()
            .haveSimpleName("Ladder")
            .or()
            .haveSimpleName("Warning")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule onlyTheWarningStoreTalksToMongo = noClasses()
            .that()
            .resideInAPackage("..warning..")
            .and()
            .haveNameNotMatching(".*\\.(Warnings|WarningDocuments)(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..");

    /** The network and the reporting signals keep their rules in {@code rules} packages. */
    @ArchTest
    static final ArchRule rulesPackagesArePlainJava = classes()
            .that()
            .resideInAPackage("..rules..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule onlyStoresTalkToMongoInTheProjections = noClasses()
            .that()
            .resideInAnyPackage("..network..", "..signal..", "..finding..")
            .and()
            .haveNameNotMatching(".*Store(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule featuresDoNotReachIntoWiring = noClasses()
            .that()
            .resideInAnyPackage("..warning..", "..network..", "..signal..", "..finding..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.qingfeng.disposal.config..");

    /** Notices and bulletins read cases only through the seams, and only the findings' facts reader touches Mongo. */
    @ArchTest
    static final ArchRule noticesAndBulletinsReadCasesThroughTheSeams = noClasses()
            .that()
            .resideInAnyPackage("..notice..", "..bulletin..")
            .and()
            .haveNameNotMatching(".*\\.NoticeFindings(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..", "org.qingfeng.disposal.config..");

    /** What a notice or bulletin says is composed without any web or document library. */
    @ArchTest
    static final ArchRule documentWordingIsFreeOfRenderers = noClasses()
            .that()
            .resideInAnyPackage("..notice.rules..", "..bulletin.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.lowagie..", "javax.xml..", "java.util.zip..");
}
