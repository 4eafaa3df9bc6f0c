package org.qingfeng.support;

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
    static final ArchRule featuresStandAlone =
            slices().matching("org.qingfeng.support.(*)..").should().notDependOnEachOther();
}
