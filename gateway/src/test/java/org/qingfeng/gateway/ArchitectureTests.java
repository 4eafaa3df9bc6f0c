package org.qingfeng.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.qingfeng.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The rules a reader should be able to check alone: plain Java, no framework. */
    @ArchTest
    static final ArchRule rulesArePlainJava = classes()
            .that()
            .haveSimpleName("Backend")
            .or()
            .haveSimpleName("LanguageChoice")
            .or()
            .haveSimpleName("WarningTally")
            .or()
            .haveSimpleName("LocalTimes")
            .or()
            .haveSimpleName("NodeNames")
            .or()
            .haveSimpleName("Named")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "org.qingfeng.gateway..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOther = noClasses()
            .that()
            .resideInAPackage("..gateway.console..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..gateway.fallback..", "..gateway.language..", "..gateway.headers..");

    @ArchTest
    static final ArchRule theGatewayHoldsNoDataStoreOrBroker = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka..", "com.mongodb..", "org.springframework.kafka..");
}
