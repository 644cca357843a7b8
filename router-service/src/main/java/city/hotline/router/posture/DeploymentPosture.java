package city.hotline.router.posture;

import city.hotline.router.embedded.EmbeddedKafkaInitializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.Arrays;
import java.util.List;

/**
 * Decides, before any broker, database or listener starts, whether this start is the embedded default or
 * production, and refuses a production start that lacks a real secret or carries a demo one.
 *
 * <p>The embedded default is the profile {@value #EMBEDDED}: the default profile when none is chosen. It alone
 * holds the demo accounts, the demo secrets and the in-process parts. A start that chose no profile but points
 * at an external Kafka cluster is taken for a production start that forgot its profile, since that is how the
 * demo accounts once went live in production: it is refused, not run with the demo accounts. Anyone who wants
 * the demo posture against an external broker (a test, a demo stack) chooses the profile by name.
 */
public final class DeploymentPosture implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    public static final String EMBEDDED = "embedded";
    static final String BOOTSTRAP_SERVERS = EmbeddedKafkaInitializer.BOOTSTRAP_PROPERTY;

    private static final Logger log = LoggerFactory.getLogger(DeploymentPosture.class);

    /** Before the embedded broker's initializer: a refused start must not have started a broker first. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        List<String> chosen = Arrays.asList(environment.getActiveProfiles());
        boolean embeddedByDefault = chosen.isEmpty() && Arrays.asList(environment.getDefaultProfiles()).contains(EMBEDDED);
        if (embeddedByDefault && environment.containsProperty(BOOTSTRAP_SERVERS)) {
            throw new UnsafeStartException(List.of(BOOTSTRAP_SERVERS + " points at an external Kafka cluster ("
                    + environment.getProperty(BOOTSTRAP_SERVERS) + ") but no profile is chosen, so the embedded default's"
                    + " demo accounts and secrets would be live: choose SPRING_PROFILES_ACTIVE=production and give its"
                    + " secrets, or SPRING_PROFILES_ACTIVE=embedded to run the demo posture against that cluster knowingly"));
        }
        if (embeddedByDefault || chosen.contains(EMBEDDED)) {
            log.warn("Embedded default (profile {}): demo accounts sign in with their published passwords and the"
                    + " secrets are the published demo ones. Not for production: docs/operations.md, production posture.", EMBEDDED);
            return;
        }
        List<String> problems = ProductionRequirements.problemsIn(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeStartException(problems);
        }
        log.info("Production posture (profiles {}): demo accounts off, every secret given.", chosen);
    }
}
