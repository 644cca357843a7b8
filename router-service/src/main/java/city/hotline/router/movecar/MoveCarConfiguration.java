package city.hotline.router.movecar;

import city.hotline.router.kafka.StreamsApplicationFactory;
import city.hotline.router.movecar.registry.RegistryProperties;
import city.hotline.router.movecar.registry.RegistrySeeder;
import city.hotline.router.movecar.registry.RegistryView;
import city.hotline.router.movecar.registry.VehicleRegistry;
import city.hotline.router.movecar.sms.SmsProperties;
import city.hotline.schemas.EventCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Clock;
import java.util.Properties;

/**
 * The move-car role (114): screens every routed move-car ticket against the registry and the limits, requests
 * the owner's SMS exactly once, and follows the ticket until the car has moved. The SMS side is in
 * {@code sms.SmsConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.movecar", havingValue = "true", matchIfMissing = true)
class MoveCarConfiguration {

    @Bean
    MoveCarMetrics moveCarMetrics(MeterRegistry registry) {
        return new MoveCarMetrics(registry);
    }

    @Bean
    StreamsBuilderFactoryBean moveCarStreams(StreamsApplicationFactory factory, MoveCarProperties properties,
                                             SmsProperties sms, EventCodec codec, MoveCarMetrics metrics, Clock clock) {
        StreamsBuilderFactoryBean streams = factory.create(properties.applicationId(),
                new MoveCarTopology(codec, properties, sms, metrics, clock));
        Properties config = streams.getStreamsConfiguration();
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, properties.latency().commitInterval().toMillis());
        config.put(StreamsConfig.POLL_MS_CONFIG, properties.latency().pollInterval().toMillis());
        config.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG),
                (int) properties.latency().fetchMaxWait().toMillis());
        streams.setStreamsConfiguration(config);
        return streams;
    }

    @Bean
    VehicleRegistry vehicleRegistry(@Qualifier("&moveCarStreams") StreamsBuilderFactoryBean moveCarStreams, EventCodec codec) {
        return new VehicleRegistry(new RegistryView(moveCarStreams, MoveCarTopology.REGISTRY_STORE), codec);
    }

    @Bean
    RegistrySeeder registrySeeder(RegistryProperties properties, KafkaProperties kafka, KafkaAdmin kafkaAdmin,
                                  EventCodec codec, Clock clock) {
        return new RegistrySeeder(properties, kafka, kafkaAdmin, codec, clock);
    }
}
