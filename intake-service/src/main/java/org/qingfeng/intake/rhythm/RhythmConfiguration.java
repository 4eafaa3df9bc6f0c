package org.qingfeng.intake.rhythm;

import java.time.LocalDate;
import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.rhythm.rules.ReportingRhythm;
import org.qingfeng.intake.rhythm.rules.WorkingDays;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The rhythm on the service's working-day calendar, the checker's schedule, and the rhythm's dead-letter topics. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RhythmConfiguration {

    /** Intake's consumer name in its dead-letter topics, as its other listeners use it. */
    static final String CONSUMER = "intake";

    @Bean
    ReportingRhythm reportingRhythm(RhythmProperties properties, WorkingDayCalendar calendar) {
        return new ReportingRhythm(properties.settings(), new CalendarWorkingDays(calendar));
    }

    @Bean
    KafkaAdmin.NewTopics rhythmDeadLetters(IntakeProperties properties) {
        short replicas = properties.kafka().replicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicDeclarations.deadLetters(Topics.REPORTING_COMPLIANCE, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.REPORTING_CONTACTS, CONSUMER, replicas));
    }

    /** The shared calendar seen through the rules' port; a year without a table throws on. */
    record CalendarWorkingDays(WorkingDayCalendar calendar) implements WorkingDays {

        @Override
        public boolean isWorkingDay(LocalDate day) {
            return calendar.isWorkingDay(day);
        }

        @Override
        public LocalDate onOrAfter(LocalDate day) {
            return calendar.onOrAfter(day);
        }
    }
}
