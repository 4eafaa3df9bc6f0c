package org.qingfeng.intake.config;

import java.time.Clock;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.receipt.ReceiptHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock and the receipt digester. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReceiptHasher receiptHasher(IntakeProperties properties) {
        if (properties.usesLocalReceiptKey()) {
            log.warn("INTAKE_RECEIPT_KEY is not set: receipt locators and hashes use the local development key,"
                    + " which is fine on a developer's machine and nowhere else");
        }
        return new ReceiptHasher(properties.receiptKey(), properties.receiptHashIterations());
    }
}
