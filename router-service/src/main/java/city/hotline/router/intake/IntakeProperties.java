package city.hotline.router.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** @param publishTimeout how long a submission waits for the broker's acknowledgement before answering 503 */
@ConfigurationProperties("router.intake")
public record IntakeProperties(@DefaultValue("10s") Duration publishTimeout) {
}
