package org.qingfeng.audit;

import java.util.Arrays;
import org.qingfeng.audit.chain.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The audit service; or, with {@code verify} as the first argument, the verifier: reads the chain
 * and the anchor file, prints its report and exits 0 when intact, 1 when anything is found.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AuditApplication {

    public static void main(String[] args) {
        if (args.length > 0 && VerifyCommand.NAME.equals(args[0])) {
            System.exit(VerifyCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(AuditApplication.class, args);
    }
}
