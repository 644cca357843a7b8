package city.hotline.router.posture;

import city.hotline.router.embedded.EmbeddedKafkaProperties;
import city.hotline.router.embedded.EmbeddedPostgresProperties;
import city.hotline.router.movecar.MoveCarProperties;
import city.hotline.router.movecar.registry.RegistryProperties;
import city.hotline.router.movecar.sms.SmsProperties;
import city.hotline.router.movecar.smsc.SmscProperties;
import city.hotline.router.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;

/**
 * What a production start must have, read from the same properties the roles bind: real secrets, a way to sign
 * in, and none of the embedded default's demo parts. Each problem is one sentence naming its setting.
 */
final class ProductionRequirements {

    /** An HMAC key shorter than its hash's output is weaker than the hash; the demo key is 27 characters. */
    static final int MIN_SECRET_LENGTH = 32;
    /** SMPP 3.4 §4.1.1: the bind's password is a C-Octet string of at most 9 octets, its NUL included. */
    static final int MAX_SMPP_PASSWORD_LENGTH = 8;

    private final Environment environment;
    private final Binder binder;
    private final List<String> problems = new ArrayList<>();

    private ProductionRequirements(Environment environment) {
        this.environment = environment;
        this.binder = Binder.get(environment);
    }

    static List<String> problemsIn(Environment environment) {
        ProductionRequirements requirements = new ProductionRequirements(environment);
        requirements.checkBroker();
        requirements.checkAccounts();
        if (roleOn(environment, "movecar")) {
            requirements.checkMoveCar();
        }
        if (roleOn(environment, "audit")) {
            requirements.checkAuditStore();
        }
        if (environment.getProperty("router.demo.enabled", Boolean.class, false)) {
            requirements.problems.add("router.demo.enabled=true (--demo) feeds demo tickets and demo partners: for the embedded default only");
        }
        return List.copyOf(requirements.problems);
    }

    private void checkBroker() {
        if (bind(EmbeddedKafkaProperties.class).enabled()) {
            problems.add(EmbeddedKafkaProperties.PREFIX + ".enabled=true: the in-process broker is the embedded default's;"
                    + " set " + DeploymentPosture.BOOTSTRAP_SERVERS + " to the cluster");
        } else if (blank(environment.getProperty(DeploymentPosture.BOOTSTRAP_SERVERS))) {
            problems.add(DeploymentPosture.BOOTSTRAP_SERVERS + " is not set: name the Kafka cluster");
        }
    }

    private void checkAccounts() {
        SecurityProperties security = bind(SecurityProperties.class);
        if (security.demoAccounts()) {
            problems.add("router.security.demo-accounts=true: the demo accounts' passwords are published; for the embedded default only");
        }
        boolean oidc = !blank(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                || !blank(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
        if (security.users().isEmpty() && !oidc) {
            problems.add("nobody can sign in: set spring.security.oauth2.resourceserver.jwt.issuer-uri (the city's OIDC"
                    + " provider) or router.security.users[0].name, .password and .roles");
        }
        for (int i = 0; i < security.users().size(); i++) {
            SecurityProperties.User user = security.users().get(i);
            String password = user.password();
            if (blank(password) || password.startsWith("{noop}") || !password.startsWith("{")) {
                problems.add("router.security.users[" + i + "] (" + user.name() + ") has a password in plain text or"
                        + " none: store it hashed, e.g. {bcrypt}$2a$...");
            }
        }
    }

    private void checkMoveCar() {
        String callerKeySecret = bind(MoveCarProperties.class).throttle().callerKeySecret();
        if (blank(callerKeySecret) || callerKeySecret.length() < MIN_SECRET_LENGTH) {
            problems.add("router.movecar.throttle.caller-key-secret is not set or shorter than " + MIN_SECRET_LENGTH
                    + " characters (the embedded default's is published)");
        }
        if (bind(SmscProperties.class).enabled()) {
            problems.add("router.movecar.smsc.enabled=true: the in-process SMS centre texts nobody; set"
                    + " router.movecar.sms.host and .port to the operator's SMSC");
        }
        String smppPassword = bind(SmsProperties.class).password();
        if (blank(smppPassword)) {
            problems.add("router.movecar.sms.password is not set: the SMPP account's password at the operator's SMSC");
        } else if (smppPassword.length() > MAX_SMPP_PASSWORD_LENGTH) {
            problems.add("router.movecar.sms.password is longer than " + MAX_SMPP_PASSWORD_LENGTH
                    + " characters, which SMPP 3.4's bind cannot carry");
        }
        if (bind(RegistryProperties.class).synthetic().enabled()) {
            problems.add("router.movecar.registry.synthetic.enabled=true: synthetic owners and numbers are demo data;"
                    + " feed vehicle.registry from the traffic police's registry");
        }
    }

    private void checkAuditStore() {
        if (bind(EmbeddedPostgresProperties.class).enabled()) {
            problems.add("router.embedded-postgres.enabled=true: the in-process PostgreSQL is the embedded default's;"
                    + " set spring.datasource.url");
        } else if (blank(environment.getProperty("spring.datasource.url"))) {
            problems.add("spring.datasource.url is not set: the audit store's PostgreSQL");
        }
        if (blank(environment.getProperty("spring.datasource.password"))) {
            problems.add("spring.datasource.password is not set: the audit store's password");
        }
    }

    /** Binds the properties as their role does, at the prefix their own annotation names. */
    private <T> T bind(Class<T> type) {
        return binder.bindOrCreate(MergedAnnotations.from(type).get(ConfigurationProperties.class).getString("prefix"), type);
    }

    private static boolean roleOn(Environment environment, String role) {
        return environment.getProperty("router.roles." + role, Boolean.class, false);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
