package city.hotline.router.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBody the largest request body any endpoint reads; a larger one is refused before it is read. The
 *                largest legitimate one is a transfer-item catalogue (about 60 KB); events have their own, lower
 *                limit ({@code router.events.max-bytes})
 */
@ConfigurationProperties("router.http")
public record RequestLimitsProperties(@DefaultValue("1MB") DataSize maxBody) {
}
