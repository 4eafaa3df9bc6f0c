package org.qingfeng.intake.channel.mail;

import org.qingfeng.intake.channel.ChannelIntake;
import org.qingfeng.intake.channel.ChannelMetrics;
import org.qingfeng.intake.channel.ChannelsProperties;
import org.qingfeng.intake.notify.MailGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/**
 * The mailbox poller, only where {@code intake.channels.mail.enabled} is true: one fixed-delay task,
 * so two polls of one instance never overlap. Several instances polling one mailbox stay correct (a
 * message read twice lands on the same item) but may answer twice: enable it on one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "intake.channels.mail", name = "enabled", havingValue = "true")
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailPoller mailPoller(
            ChannelsProperties properties, ChannelIntake intake, ChannelMetrics metrics, MailGateway replies) {
        ChannelsProperties.Mail mail = properties.mail();
        String problem = MailPoller.protocolProblem(mail.protocol());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (mail.host() == null || mail.host().isBlank()) {
            throw new IllegalStateException("intake.channels.mail.host is required when the mail channel is enabled");
        }
        return new MailPoller(mail, intake, metrics, replies);
    }

    @Bean
    SchedulingConfigurer mailSchedule(MailPoller poller, ChannelsProperties properties) {
        return registrar -> {
            log.info("Polling the intake mailbox every {}", properties.mail().pollInterval());
            registrar.addFixedDelayTask(new FixedDelayTask(
                    poller::poll,
                    properties.mail().pollInterval(),
                    properties.mail().pollInterval()));
        };
    }
}
