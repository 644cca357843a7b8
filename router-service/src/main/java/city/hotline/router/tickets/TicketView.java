package city.hotline.router.tickets;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.TicketTrack;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.util.Optional;

/** Looks a routed ticket up in the local copies of the decisions table and the loop tracker's table. */
public class TicketView {

    private final StreamsBuilderFactoryBean streams;
    private final EventCodec codec;

    TicketView(StreamsBuilderFactoryBean streams, EventCodec codec) {
        this.streams = streams;
        this.codec = codec;
    }

    /**
     * @return the ticket's routing decision event, empty when the ticket is unknown or not routed yet
     * @throws TicketViewUnavailableException while the table is still being restored
     */
    public Optional<Envelope<RoutedTicket>> find(String ticketId) {
        byte[] event = store(TicketViewConfiguration.STORE).get(ticketId);
        return Optional.ofNullable(event).map(bytes -> codec.decode(bytes, EventType.ROUTING_DECIDED));
    }

    /**
     * @return the loop tracker's state and timeline of the ticket, empty until the tracker has seen it
     * @throws TicketViewUnavailableException while the table is still being restored
     */
    public Optional<TicketTrack> track(String ticketId) {
        byte[] event = store(TicketViewConfiguration.TRACKS_STORE).get(ticketId);
        return Optional.ofNullable(event).map(bytes -> codec.<TicketTrack>decode(bytes, EventType.TICKET_TRACKED).data());
    }

    private ReadOnlyKeyValueStore<String, byte[]> store(String name) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || kafkaStreams.state() != KafkaStreams.State.RUNNING) {
            throw new TicketViewUnavailableException();
        }
        try {
            return kafkaStreams.store(StoreQueryParameters.fromNameAndType(
                    name, QueryableStoreTypes.keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new TicketViewUnavailableException();
        }
    }
}
