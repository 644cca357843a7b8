package city.hotline.router.rulebase;

import city.hotline.router.kafka.Topics;
import city.hotline.rules.ReloadResult;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.rules.catalogue.CatalogueSource;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.RulebaseRelease;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Releases a new transfer-item catalogue to every router instance. A candidate is checked here first
 * (validation, compilation, the catalogue's own examples as a self-test); only an acceptable one is
 * published on {@code rulebase.releases}, from which every instance, this one included, reloads it.
 */
@Service
public class RulebaseReleases {

    /** One key: the topic is compacted, so it keeps exactly the latest released catalogue. */
    static final String CATALOGUE_KEY = "transfer-items";
    static final String SOURCE = "/hotline/rulebase/admin";
    /** A catalogue is far larger than a ticket: its events get their own size bound. */
    static final int MAX_RELEASE_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(RulebaseReleases.class);
    private static final long PUBLISH_TIMEOUT_SECONDS = 10;

    private final RulebaseRegistry registry;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec = new EventCodec(MAX_RELEASE_BYTES);
    private final Clock clock;

    RulebaseReleases(RulebaseRegistry registry, KafkaTemplate<String, byte[]> kafka, Clock clock) {
        this.registry = registry;
        this.kafka = kafka;
        this.clock = clock;
    }

    /** @return the check's result; when accepted, the catalogue has been released to all instances */
    public ReloadResult release(CatalogueSource catalogue) {
        ReloadResult check = registry.check(catalogue);
        if (!check.accepted()) {
            log.warn("Catalogue {} rejected ({} problems); version {} keeps serving",
                    catalogue.name(), check.errors().size(), check.liveVersion());
            return check;
        }
        Envelope<RulebaseRelease> event = Envelope.of(EventType.RULEBASE_RELEASED, SOURCE, CATALOGUE_KEY,
                new RulebaseRelease(catalogue.name(), catalogue.content(), check.candidateVersion(), clock.instant()),
                clock.instant());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RULEBASE_RELEASES.topicName(),
                CATALOGUE_KEY, codec.encode(event));
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while releasing the catalogue", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The catalogue was checked but could not be released: " + e.getMessage(), e);
        }
        log.info("Catalogue {} released as rulebase {}", catalogue.name(), check.candidateVersion());
        return check;
    }

    /** Applies a release read from the topic to this instance's live rulebase. */
    ReloadResult apply(byte[] releaseEvent) {
        RulebaseRelease release = codec.<RulebaseRelease>decode(releaseEvent, EventType.RULEBASE_RELEASED).data();
        ReloadResult result = registry.reload(CatalogueSource.of(release.catalogueName(), release.catalogueCsv()));
        if (result.accepted()) {
            log.info("Rulebase {} now serves (catalogue {}, built in {} ms)", result.liveVersion(),
                    release.catalogueName(), result.buildMillis());
        } else {
            log.error("Released catalogue {} failed here; rulebase {} keeps serving: {}",
                    release.catalogueName(), result.liveVersion(), result.errors());
        }
        return result;
    }
}
