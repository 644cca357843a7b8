package city.hotline.router.kafka;

/** The broker did not acknowledge an event in time; nothing is known to be stored, so the caller may send it again. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(Topics topic, Throwable cause) {
        super("The event was not stored on " + topic.topicName() + "; send it again", cause);
    }
}
