package org.qingfeng.localstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LocalStackArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.qingfeng.localstack");

    @Test
    void onlyTheBrokerPackageTouchesKafkaServerClasses() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..localstack.broker..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kafka..", "scala..", "org.apache.kafka.server..")
                .check(classes);
    }

    @Test
    void onlyTheStorePackageTouchesTheMongoServer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..localstack.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("de.bwaldvogel..")
                .check(classes);
    }

    @Test
    void keepsTheProcessAndNetworkRulesFreeOfKafkaAndMongo() {
        noClasses()
                .that()
                .resideInAnyPackage("..localstack.service..", "..localstack.network..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(classes);
    }
}
