package org.qingfeng.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.qingfeng.auth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule rulesArePlainJava = noClasses()
            .that()
            .resideInAnyPackage("..auth.*.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "com.mongodb..",
                    "org.bson..",
                    "jakarta..",
                    "tools.jackson..",
                    "com.nimbusds..",
                    "org.qingfeng.support..")
            .because("rules must read and test on their own, free of frameworks");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("org.qingfeng.auth.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyWiringKnowsTheWiring = noClasses()
            .that()
            .resideOutsideOfPackage("..auth.config..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..auth.config..");

    /** Accounts are read by the sign-in and the tokens; the account package knows neither. */
    @ArchTest
    static final ArchRule accountsKnowNoSignIn = noClasses()
            .that()
            .resideInAPackage("..auth.user..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..auth.signin..", "..auth.token..");
}
