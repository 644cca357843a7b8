package city.hotline.router.movecar.smsc;

import city.hotline.router.movecar.sms.SmsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default's SMS centre: runs with the move-car role when {@code router.movecar.smsc.enabled=true}
 * (the embedded profile); in production the gateway talks to the operator's SMSC.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = {"router.roles.movecar", "router.movecar.smsc.enabled"}, havingValue = "true")
class InProcessSmscConfiguration {

    @Bean
    InProcessSmsc inProcessSmsc(SmscProperties properties, SmsProperties sms) {
        return new InProcessSmsc(properties, sms.systemId(), sms.password());
    }
}
