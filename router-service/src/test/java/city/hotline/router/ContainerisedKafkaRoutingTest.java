package city.hotline.router;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The routing scenarios on Apache Kafka in a container (KRaft mode), as production runs it. Skipped, with
 * the reason in the test report, where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerisedKafkaRoutingTest extends RoutingScenarios {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.0");

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
    }
}
