package city.hotline.router.movecar.registry;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.util.function.Function;

/**
 * The move-car Streams application's registry store, read from outside the topology (the SMS sender looks the
 * owner up here at send time). A global store: every instance holds the whole registry.
 */
public final class RegistryView implements Function<String, byte[]> {

    private final StreamsBuilderFactoryBean streams;
    private final String storeName;

    public RegistryView(StreamsBuilderFactoryBean streams, String storeName) {
        this.streams = streams;
        this.storeName = storeName;
    }

    /** @throws RegistryUnavailableException while the application starts, restores or rebalances */
    @Override
    public byte[] apply(String plate) {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        if (kafkaStreams == null || !kafkaStreams.state().isRunningOrRebalancing()) {
            throw new RegistryUnavailableException("the vehicle registry is not loaded yet");
        }
        try {
            ReadOnlyKeyValueStore<String, byte[]> store = kafkaStreams.store(
                    StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.keyValueStore()));
            return store.get(plate);
        } catch (InvalidStateStoreException e) {
            throw new RegistryUnavailableException("the vehicle registry is not queryable: " + e.getMessage());
        }
    }
}
