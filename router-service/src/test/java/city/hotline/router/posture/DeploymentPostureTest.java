package city.hotline.router.posture;

import city.hotline.router.RouterApplication;
import city.hotline.router.security.SecurityProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real application started as production would start it: refused before any broker, database or listener
 * starts, with every missing secret named. (A refused start costs no broker, so these run in a second.)
 */
class DeploymentPostureTest {

    private static final String SECRET = "k3y-from-the-vault-0123456789abcdef";
    private static final String SMPP_PASSWORD = "Vt7#q2Lm";

    @Test
    void aProductionStartWithoutSecretsIsRefusedNamingEveryMissingSetting() {
        assertThatThrownBy(() -> start("--spring.profiles.active=production"))
                .isInstanceOf(UnsafeStartException.class)
                .satisfies(refused -> assertThat(((UnsafeStartException) refused).problems())
                        .anyMatch(problem -> problem.startsWith("nobody can sign in"))
                        .anyMatch(problem -> problem.startsWith("router.movecar.throttle.caller-key-secret is not set"))
                        .anyMatch(problem -> problem.startsWith("router.movecar.sms.password is not set"))
                        .anyMatch(problem -> problem.startsWith("spring.datasource.url is not set"))
                        .anyMatch(problem -> problem.startsWith("spring.datasource.password is not set")));
    }

    @Test
    void anExternalBrokerWithNoProfileChosenIsRefusedRatherThanRunWithTheDemoAccounts() {
        assertThatThrownBy(() -> start("--spring.kafka.bootstrap-servers=kafka.city.example:9092"))
                .isInstanceOf(UnsafeStartException.class)
                .hasMessageContaining("spring.kafka.bootstrap-servers points at an external Kafka cluster (kafka.city.example:9092)")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=production");
    }

    @Test
    void demoAccountsDemoPartsAndPlainPasswordsAreRefusedInProduction() {
        assertThatThrownBy(() -> start("--spring.profiles.active=production",
                "--spring.kafka.bootstrap-servers=kafka.city.example:9092",
                "--router.security.demo-accounts=true",
                "--router.security.users[0].name=cti", "--router.security.users[0].password={noop}cti",
                "--router.security.users[0].roles=AGENT",
                "--router.movecar.smsc.enabled=true", "--router.movecar.registry.synthetic.enabled=true",
                "--router.movecar.throttle.caller-key-secret=embedded-default-not-secret",
                "--router.embedded-postgres.enabled=true", "--spring.datasource.password=" + SECRET,
                "--router.movecar.sms.password=" + SECRET, "--router.demo.enabled=true"))
                .isInstanceOf(UnsafeStartException.class)
                .satisfies(refused -> assertThat(((UnsafeStartException) refused).problems())
                        .anyMatch(problem -> problem.startsWith("router.security.demo-accounts=true"))
                        .anyMatch(problem -> problem.startsWith("router.security.users[0] (cti) has a password in plain text"))
                        .anyMatch(problem -> problem.startsWith("router.movecar.smsc.enabled=true"))
                        .anyMatch(problem -> problem.startsWith("router.movecar.registry.synthetic.enabled=true"))
                        .anyMatch(problem -> problem.startsWith("router.movecar.throttle.caller-key-secret is not set or shorter"))
                        .anyMatch(problem -> problem.startsWith("router.embedded-postgres.enabled=true"))
                        .anyMatch(problem -> problem.startsWith("router.demo.enabled=true"))
                        .anyMatch(problem -> problem.startsWith("router.movecar.sms.password is longer than 8 characters"))
                        .noneMatch(problem -> problem.startsWith("nobody can sign in")));
    }

    @Test
    void aProductionStartWithEverySecretHasNothingToRefuse() throws IOException {
        StandardEnvironment environment = productionEnvironment(Map.of(
                "spring.kafka.bootstrap-servers", "kafka.city.example:9092",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://sso.city.example/realms/hotline",
                "router.security.users[0].name", "cti",
                "router.security.users[0].password", "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOa5ZQ3b0q3rCQkqA4Yv6g3m1s2xH1Vay",
                "router.security.users[0].roles", "AGENT",
                "router.movecar.throttle.caller-key-secret", SECRET,
                "router.movecar.sms.password", SMPP_PASSWORD,
                "spring.datasource.url", "jdbc:postgresql://db.city.example/hotline",
                "spring.datasource.password", SECRET));
        assertThat(ProductionRequirements.problemsIn(environment)).isEmpty();
    }

    @Test
    void aProductionStartNamingNoBrokerIsRefused() throws IOException {
        assertThat(ProductionRequirements.problemsIn(productionEnvironment(Map.of())))
                .anyMatch(problem -> problem.startsWith("spring.kafka.bootstrap-servers is not set"));
    }

    @Test
    void productionsOwnSettingsHoldNoDemoAccountOrDemoSecret() throws IOException {
        StandardEnvironment environment = productionEnvironment(Map.of());
        SecurityProperties security = Binder.get(environment).bindOrCreate("router.security", SecurityProperties.class);
        assertThat(security.accounts()).isEmpty();
        assertThat(environment.getProperty("router.movecar.throttle.caller-key-secret")).isNull();
        assertThat(environment.getProperty("router.movecar.sms.password")).isNull();
    }

    /**
     * application.yml alone, as a production start reads it (no embedded profile), and the deployment's settings;
     * not this JVM's system properties, where the tests' embedded broker writes its address.
     */
    private static StandardEnvironment productionEnvironment(Map<String, Object> deployment) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("deployment", new HashMap<>(deployment)));
        new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }

    private static void start(String... args) {
        SpringApplication application = new SpringApplicationBuilder(RouterApplication.class).build();
        application.run(args).close();
    }
}
