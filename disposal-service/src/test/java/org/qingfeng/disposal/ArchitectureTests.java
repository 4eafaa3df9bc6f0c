package org.qingfeng.disposal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
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
}
