package org.qingfeng.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.FormValues")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.FieldErrors")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.Tokens")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.Periods")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.network.NetworkTree")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.network.NodeForm")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.informant.RosterChanges")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.assessment.Figures")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.assessment.Decision")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.reporting.ReportingRange")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.reporting.States")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.console.item.ItemIds")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.ratelimit.TokenBuckets")
            .or()
            .haveFullyQualifiedName("org.qingfeng.gateway.ratelimit.ClientAddress")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.jspecify..", "org.qingfeng.gateway..");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOther = noClasses()
            .that()
            .resideInAPackage("..gateway.console..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..gateway.fallback..",
                    "..gateway.language..",
                    "..gateway.headers..",
                    "..gateway.security..",
                    "..gateway.ratelimit..");

    /** Each console page stands alone: what pages share lives in the console package itself. */
    @ArchTest
    static final ArchRule consolePagesDoNotReachIntoEachOther =
            slices().matching("..gateway.console.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule theGatewayHoldsNoDataStoreOrBroker = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.kafka..", "com.mongodb..", "org.springframework.kafka..");
}
