package city.hotline.router.tickets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param applicationId the Kafka Streams application that keeps the routed-ticket table */
@ConfigurationProperties("router.ticket-view")
public record TicketViewProperties(@DefaultValue("hotline-ticket-view") String applicationId) {
}
