package city.hotline.router.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;
import java.util.Map;

/** Creates the router's topics at start-up (Spring's {@link KafkaAdmin} leaves existing ones alone). */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics routerTopics(TopicsProperties properties) {
        return new KafkaAdmin.NewTopics(Arrays.stream(Topics.values())
                .map(topic -> newTopic(topic, properties))
                .toArray(NewTopic[]::new));
    }

    private static NewTopic newTopic(Topics topic, TopicsProperties properties) {
        NewTopic created = new NewTopic(topic.topicName(), properties.partitions(), properties.replicationFactor());
        return topic.cleanup() == Topics.Cleanup.COMPACT
                ? created.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))
                : created;
    }
}
