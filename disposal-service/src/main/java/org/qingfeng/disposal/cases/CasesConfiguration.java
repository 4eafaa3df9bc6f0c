package org.qingfeng.disposal.cases;

import java.time.Clock;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.disposal.cases.rules.Deadlines;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The machine and the policy on the configured ladders and the service's calendar; the service's clock; the sweeper's schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CasesConfiguration {

    /** The service's one clock: every deadline and step time is taken from it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CaseMachine caseMachine(CasesProperties properties, WorkingDayCalendar calendar) {
        return new CaseMachine(properties.ladderBook(), new Deadlines(calendar));
    }

    @Bean
    FirstColourPolicy firstColourPolicy(CasesProperties properties) {
        return new FirstColourPolicy(properties.firstColourSettings());
    }
}
