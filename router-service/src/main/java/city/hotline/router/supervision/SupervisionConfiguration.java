package city.hotline.router.supervision;

import city.hotline.router.loop.LoopProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

/**
 * The supervisors' read API over the audit store, where the audit role runs: the store is its only source.
 * Days are reckoned in the loop's zone ({@code router.loop.zone}), the city's, as its deadlines are.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
class SupervisionConfiguration {

    @Bean
    ReportPeriods reportPeriods(LoopProperties loop, Clock clock) {
        return new ReportPeriods(loop.zone(), clock);
    }

    @Bean
    DecisionSearch decisionSearch(JdbcClient jdbc) {
        return new DecisionSearch(jdbc);
    }

    @Bean
    TicketTimelineQuery ticketTimelineQuery(JdbcClient jdbc) {
        return new TicketTimelineQuery(jdbc);
    }

    @Bean
    OverdueQuery overdueQuery(JdbcClient jdbc, Clock clock) {
        return new OverdueQuery(jdbc, clock);
    }

    @Bean
    StatisticsQuery statisticsQuery(JdbcClient jdbc) {
        return new StatisticsQuery(jdbc);
    }

    @Bean
    HotspotsQuery hotspotsQuery(JdbcClient jdbc) {
        return new HotspotsQuery(jdbc);
    }
}
