package org.qingfeng.disposal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DisposalApplication {

    public static void main(String[] args) {
        SpringApplication.run(DisposalApplication.class, args);
    }
}
