package city.hotline.router.loop;

import city.hotline.router.kafka.StreamsApplicationFactory;
import city.hotline.rules.calendar.DueTimes;
import city.hotline.rules.calendar.WorkingCalendar;
import city.hotline.schemas.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.time.LocalDate;

/**
 * The loop tracker role: follows every routed ticket through feedback, deadlines, re-routes and escalations
 * (受理反馈闭环, 事项跟踪督办, 首接负责制), and hands work to the partner platforms' exchange topics.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.loop", havingValue = "true", matchIfMissing = true)
class LoopConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LoopConfiguration.class);

    @Bean
    StreamsBuilderFactoryBean loopStreams(StreamsApplicationFactory factory, LoopProperties properties, EventCodec codec,
                                          MeterRegistry registry) {
        WorkingCalendar calendar = WorkingCalendar.fromClasspath();
        if (calendar.coveredUntil().isBefore(LocalDate.now(properties.zone()).plusMonths(2))) {
            log.warn("The working-day calendar ends on {}: after it only weekends count as days off. Add the State "
                    + "Council's holiday notice for the next year to working-calendar-cn.csv", calendar.coveredUntil());
        }
        DeadlinePlanner planner = new DeadlinePlanner(new DueTimes(calendar, properties.zone()), properties);
        LoopTransitions transitions = new LoopTransitions(planner, new LoopEvents(properties.supervisionDepartment()),
                properties.maxHops(), properties.timelineLimit());
        return factory.create(properties.applicationId(), new LoopTopology(codec, transitions, new LoopMetrics(registry), properties));
    }
}
