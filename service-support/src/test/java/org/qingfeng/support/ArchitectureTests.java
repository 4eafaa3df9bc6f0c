package org.qingfeng.support;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.qingfeng.support", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule knowsNoService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.qingfeng.intake..",
                    "org.qingfeng.analysis..",
                    "org.qingfeng.disposal..",
                    "org.qingfeng.gateway..")
            .because("the services depend on the support, never the other way round");

    @ArchTest
    static final ArchRule featuresStandAlone = slices().matching("org.qingfeng.support.(*)..")
            .should()
            .notDependOnEachOther()
            // The audit trail is built on the two: the caller from security, the acknowledged send from kafka.
            .ignoreDependency(
                    resideInAPackage("org.qingfeng.support.audit.."),
                    resideInAnyPackage("org.qingfeng.support.security..", "org.qingfeng.support.kafka.."))
            // Idempotency keys are scoped by the caller (security) and kept in the service's database (mongo).
            .ignoreDependency(
                    resideInAPackage("org.qingfeng.support.web.idempotency.."),
                    resideInAnyPackage("org.qingfeng.support.security..", "org.qingfeng.support.mongo.."));
}
