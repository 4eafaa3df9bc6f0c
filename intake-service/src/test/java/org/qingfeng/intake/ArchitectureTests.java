package org.qingfeng.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.qingfeng.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses()
            .that()
            .resideInAnyPackage(
                    "..intake.rules..", "..intake.*.rules..", "..intake.channel.*.rules..", "..intake.receipt..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "com.mongodb..",
                    "org.bson..",
                    "jakarta..",
                    "tools.jackson..",
                    "io.micrometer..",
                    "org.qingfeng.support..",
                    "org.apache.poi..")
            .because("rules must read and test on their own, free of frameworks");

    @ArchTest
    static final ArchRule rulesDoNotReachForAdapters = noClasses()
            .that()
            .resideInAnyPackage(
                    "..intake.rules..", "..intake.*.rules..", "..intake.channel.*.rules..", "..intake.receipt..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.qingfeng.intake.network",
                    "org.qingfeng.intake.attachment",
                    "org.qingfeng.intake.submission",
                    "org.qingfeng.intake.item",
                    "org.qingfeng.intake.followup",
                    "org.qingfeng.intake.informant",
                    "org.qingfeng.intake.workbook",
                    "org.qingfeng.intake.sealing",
                    "org.qingfeng.intake.web",
                    "org.qingfeng.intake.config",
                    "org.qingfeng.intake.rhythm",
                    "org.qingfeng.intake.reviewer",
                    "org.qingfeng.intake.channel.staff",
                    "org.qingfeng.intake.channel.quarterly");

    /** The registry asks "is this an informant's name?" through an interface; it never reads the roster. */
    @ArchTest
    static final ArchRule theRegistryDoesNotReadTheRoster = noClasses()
            .that()
            .resideInAPackage("..intake.network..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..intake.informant..", "..intake.workbook..");

    /** Only the workbook package reads or writes spreadsheets. */
    @ArchTest
    static final ArchRule onlyTheWorkbookKnowsSpreadsheets = noClasses()
            .that()
            .resideOutsideOfPackage("..intake.workbook..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("org.qingfeng.intake.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule rhythmRulesKnowNoAdapter = noClasses()
            .that()
            .resideInAPackage("..intake.rhythm.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.qingfeng.intake.rhythm", "org.qingfeng.intake.notify", "org.qingfeng.intake.sealing")
            .because("the rhythm's rules are computed from the calendar port and plain values only");

    @ArchTest
    static final ArchRule notifyServesEveryFeatureAndKnowsNone = noClasses()
            .that()
            .resideInAPackage("..intake.notify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.qingfeng.intake.rhythm..",
                    "org.qingfeng.intake.network..",
                    "org.qingfeng.intake.item..",
                    "org.qingfeng.intake.submission..",
                    "org.qingfeng.intake.informant..",
                    "org.qingfeng.intake.sealing..")
            .because("senders get a recipient and a text, opened by whoever sends, and nothing else");

    @ArchTest
    static final ArchRule onlyWiringKnowsTheWiring = noClasses()
            .that()
            .resideOutsideOfPackage("..intake.config..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..intake.config..");
}
