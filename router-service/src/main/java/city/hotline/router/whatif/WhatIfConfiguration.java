package city.hotline.router.whatif;

import city.hotline.router.rulebase.RulebaseReleases;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.schemas.EventCodec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Rule changes tried before they go live, and the history of the versions made live. Part of the audit role: it
 * compares with the audit store's decisions and keeps its runs and history next to them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
class WhatIfConfiguration {

    @Bean
    WhatIfRuns whatIfRuns(JdbcClient jdbc, JsonMapper json) {
        return new WhatIfRuns(jdbc, json);
    }

    /** Also the {@link city.hotline.router.rulebase.ReleaseHistory} the admin catalogue release records in. */
    @Bean
    RulebaseVersions rulebaseVersions(JdbcClient jdbc) {
        return new RulebaseVersions(jdbc);
    }

    @Bean
    WhatIf whatIf(RulebaseRegistry registry, RulebaseReleases releases, KafkaProperties kafka, EventCodec codec,
                  JdbcClient jdbc, WhatIfRuns runs, RulebaseVersions versions, TransactionTemplate transactions,
                  Clock clock) {
        return new WhatIf(registry, releases, new IntakeReplay(kafka, codec), new LiveDecisions(jdbc), runs, versions,
                transactions, clock);
    }
}
