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

    /** In {@code cases} only the stores talk to Mongo; the machine and the policy live in {@code cases.rules}. */
    @ArchTest
    static final ArchRule onlyStoresTalkToMongoInCases = noClasses()
            .that()
            .resideInAnyPackage("..cases..")
            .and()
            .haveNameNotMatching(".*Store(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule casesDoNotReachIntoWiringOrWarnings = noClasses()
            .that()
            .resideInAnyPackage("..cases..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.qingfeng.disposal.config..", "org.qingfeng.disposal.warning..");

    @ArchTest
    static final ArchRule caseRulesDoNotKnowTheirAdapters = noClasses()
            .that()
            .resideInAPackage("..cases.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.qingfeng.disposal.cases");
}
