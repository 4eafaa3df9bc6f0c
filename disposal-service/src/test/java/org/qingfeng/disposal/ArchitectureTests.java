package org.qingfeng.disposal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.Cases;
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

    /** The inbox, files, reminders and confirmations keep Mongo in the attachment store only. */
    @ArchTest
    static final ArchRule onlyTheAttachmentStoreTalksToMongoInTheDepartmentFeatures = noClasses()
            .that()
            .resideInAnyPackage("..inbox..", "..attachment..", "..reminder..", "..confirmation..")
            .and()
            .haveNameNotMatching(".*\\.AttachmentStore(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule departmentFeaturesDoNotReachIntoWiring = noClasses()
            .that()
            .resideInAnyPackage("..inbox..", "..attachment..", "..reminder..", "..confirmation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.qingfeng.disposal.config..");

    /** The cases seams are used as injected providers: the department features never build their own. */
    @ArchTest
    static final ArchRule departmentFeaturesDoNotImplementTheCaseReads = noClasses()
            .that()
            .resideInAnyPackage("..inbox..", "..attachment..", "..reminder..", "..confirmation..")
            .should()
            .implement(Cases.class)
            .orShould()
            .implement(CaseSteps.class);
}
