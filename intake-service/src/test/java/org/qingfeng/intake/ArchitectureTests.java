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
            .resideInAnyPackage("..intake.rules..", "..intake.*.rules..", "..intake.receipt..")
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
                    "org.qingfeng.support..")
            .because("rules must read and test on their own, free of frameworks");

    @ArchTest
    static final ArchRule rulesDoNotReachForAdapters = noClasses()
            .that()
            .resideInAnyPackage("..intake.rules..", "..intake.*.rules..", "..intake.receipt..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.qingfeng.intake.network",
                    "org.qingfeng.intake.submission",
                    "org.qingfeng.intake.item",
                    "org.qingfeng.intake.web",
                    "org.qingfeng.intake.config");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("org.qingfeng.intake.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyWiringKnowsTheWiring = noClasses()
            .that()
            .resideOutsideOfPackage("..intake.config..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..intake.config..");
}
