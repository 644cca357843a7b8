package city.hotline.router.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;

/** Creates the router's topics at start-up (Spring's {@link KafkaAdmin} leaves existing ones alone). */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics routerTopics(TopicsProperties properties) {
        return new KafkaAdmin.NewTopics(Arrays.stream(Topics.values())
                .map(topic -> new NewTopic(topic.topicName(), properties.partitions(), properties.replicationFactor()))
                .toArray(NewTopic[]::new));
    }
}
