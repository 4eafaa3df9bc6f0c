package org.qingfeng.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;

@AnalyzeClasses(packages = "org.qingfeng.audit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] INFRASTRUCTURE = {
        "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..", "io.micrometer.."
    };

    /** The chain's encoding, links, anchors and verifier read and test alone. */
    @ArchTest
    static final ArchRule rulesArePlainJava = classes()
            .that()
            .resideInAPackage("..rules..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(INFRASTRUCTURE);

    @ArchTest
    static final ArchRule onlyTheStoreTalksToMongo = noClasses()
            .that()
            .resideInAnyPackage("..chain..", "..network..")
            .and()
            .haveNameNotMatching(".*(ChainStore|VerifyCommand)(\\$.*)?")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule featuresDoNotReachIntoWiring = noClasses()
            .that()
            .resideInAnyPackage("..chain..", "..network..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.qingfeng.audit.config..");
}
