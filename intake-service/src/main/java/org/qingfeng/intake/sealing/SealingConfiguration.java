package org.qingfeng.intake.sealing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sealer and the pseudonyms, from {@code intake.sealing.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SealingProperties.class)
class SealingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SealingConfiguration.class);

    @Bean
    Sealer sealer(SealingProperties properties) {
        if (properties.usesLocalKeys()) {
            log.warn("INTAKE_SEALING_KEYS_* or INTAKE_PSEUDONYM_KEY is not set: personal data is sealed with the"
                    + " local development keys, which is fine on a developer's machine and nowhere else");
        }
        return properties.sealer();
    }

    @Bean
    Pseudonyms pseudonyms(SealingProperties properties) {
        return properties.pseudonyms();
    }
}
