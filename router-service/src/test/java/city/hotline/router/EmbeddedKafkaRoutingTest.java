package city.hotline.router;

/** The routing scenarios on spring-kafka-test's embedded KRaft broker. */
@RouterOnEmbeddedKafka
class EmbeddedKafkaRoutingTest extends RoutingScenarios {
}
