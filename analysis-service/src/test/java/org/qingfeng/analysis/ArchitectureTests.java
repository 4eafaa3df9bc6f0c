package org.qingfeng.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;

@AnalyzeClasses(packages = "org.qingfeng.analysis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] INFRASTRUCTURE = {
        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "io.micrometer.."
    };

    @ArchTest
    static final ArchRule rulesArePlainJava = classes()
            .that()
            .haveSimpleNameStartingWith("ReportingMonth")
            .or()
            .haveSimpleNameStartingWith("LedgerKey")
            .or()
            .haveSimpleNameStartingWith("LedgerEntry")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule onlyTheLedgerRepositoryTalksToMongo = noClasses()
            .that()
            .resideInAPackage("..ledger..")
            .and()
            .haveNameNotMatching(".*\\.MonthlyLedgers(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..");

    /** Scoring, precedence, ranges, decisions and trees: read and tested alone. */
    @ArchTest
    static final ArchRule rulesPackagesArePlainJava = classes()
            .that()
            .resideInAPackage("..rules..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule rulesDoNotReachIntoTheAdapters = noClasses()
            .that()
            .resideInAPackage("..rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.qingfeng.analysis.config..", "org.qingfeng.analysis.web..", "org.qingfeng.analysis.store..");

    /** In the features that came after the ledger, only their stores read and write Mongo. */
    @ArchTest
    static final ArchRule onlyStoresTalkToMongo = noClasses()
            .that()
            .resideInAnyPackage(
                    "..network..",
                    "..compliance..",
                    "..triage..",
                    "..assessment..",
                    "..followup..",
                    "..monthly..",
                    "..period..",
                    "..report..",
                    "..index..",
                    "..register..",
                    "..cases..")
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
            .resideInAnyPackage(
                    "..ledger..",
                    "..network..",
                    "..compliance..",
                    "..triage..",
                    "..assessment..",
                    "..followup..",
                    "..monthly..",
                    "..period..",
                    "..report..",
                    "..index..",
                    "..register..",
                    "..cases..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.qingfeng.analysis.config..");
}
