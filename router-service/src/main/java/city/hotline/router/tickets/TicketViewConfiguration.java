package city.hotline.router.tickets;

import city.hotline.router.kafka.StreamsApplicationFactory;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.EventCodec;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The ticket view role: a table of every routed ticket, built from {@code routing.decisions} (read
 * committed), so {@code GET /api/v1/tickets/{id}} shows what the router really committed, and a table of the
 * loop tracker's state and timeline of each ticket, from {@code ticket.tracks}. A global table:
 * every instance holds all tickets and answers any id without forwarding the query.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.ticket-view", havingValue = "true", matchIfMissing = true)
class TicketViewConfiguration {

    static final String STORE = "routed-tickets-view";
    static final String TRACKS_STORE = "ticket-tracks-view";

    @Bean
    StreamsBuilderFactoryBean ticketViewStreams(StreamsApplicationFactory factory, TicketViewProperties properties) {
        return factory.create(properties.applicationId(), new KafkaStreamsInfrastructureCustomizer() {
            @Override
            public void configureBuilder(StreamsBuilder builder) {
                builder.globalTable(Topics.ROUTING_DECISIONS.topicName(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()),
                        Materialized.as(STORE));
                builder.globalTable(Topics.TICKET_TRACKS.topicName(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()),
                        Materialized.as(TRACKS_STORE));
            }
        });
    }

    @Bean
    TicketView ticketView(@Qualifier("&ticketViewStreams") StreamsBuilderFactoryBean ticketViewStreams, EventCodec codec) {
        return new TicketView(ticketViewStreams, codec);
    }
}
