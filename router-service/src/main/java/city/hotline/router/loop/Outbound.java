package city.hotline.router.loop;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;

/** An event the tracker publishes, with the topic it goes to. */
record Outbound(Topics topic, Envelope<?> event) {
}
