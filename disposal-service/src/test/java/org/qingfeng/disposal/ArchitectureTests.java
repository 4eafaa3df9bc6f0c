package org.qingfeng.disposal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.network.NodeDirectory;
import org.springframework.beans.factory.annotation.Autowired;

@AnalyzeClasses(packages = "org.qingfeng.disposal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] INFRASTRUCTURE = {
        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "io.micrometer.."
    };

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
            .resideInAnyPackage("..station..", "..network..", "..signal..", "..finding..")
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
    static final ArchRule casesDoNotReachIntoWiring = noClasses()
            .that()
            .resideInAnyPackage("..cases..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.qingfeng.disposal.config..");

    @ArchTest
    static final ArchRule caseRulesDoNotKnowTheirAdapters = noClasses()
            .that()
            .resideInAPackage("..cases.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.qingfeng.disposal.cases");

    /** The station reads and steps cases only through the {@code cases} seams: no store, no broker of its own. */
    @ArchTest
    static final ArchRule theStationGoesThroughTheCasesSeams = noClasses()
            .that()
            .resideInAPackage("..station..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.mongodb..",
                    "org.bson..",
                    "org.springframework.data.mongodb..",
                    "org.apache.kafka..",
                    "org.springframework.kafka..");

    /** Of the network the station knows only the directory (names) and the plain node. */
    @ArchTest
    static final ArchRule theStationNamesNodesThroughTheDirectory = noClasses()
            .that()
            .resideInAPackage("..station..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.qingfeng.disposal.network")
                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(NodeDirectory.class))));

    /** The station's desk is an edge: no other feature depends on it. */
    @ArchTest
    static final ArchRule nothingDependsOnTheStation = noClasses()
            .that()
            .resideOutsideOfPackage("..station..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..station..");

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
