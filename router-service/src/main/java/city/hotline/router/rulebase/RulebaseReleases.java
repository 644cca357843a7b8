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
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Releases a new rulebase (another transfer-item catalogue, or edited DRL files) to every router instance. A
 * candidate is checked here first (validation, compilation, the catalogue's own examples as a self-test); only an
 * acceptable one is published on {@code rulebase.releases}, from which every instance, this one included, reloads
 * it. The topic keeps only the latest release, so each carries every part that differs from the jar's.
 */
@Service
public class RulebaseReleases {

    /** One key: the topic is compacted, so it keeps exactly the latest release (the name predates DRL releases). */
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
    /** What this instance serves, as the last release it applied describes it; written by the listener only. */
    private volatile ReleasedRulebase served = ReleasedRulebase.shipped();

    RulebaseReleases(RulebaseRegistry registry, KafkaTemplate<String, byte[]> kafka, Clock clock) {
        this.registry = registry;
        this.kafka = kafka;
        this.clock = clock;
    }

    /** The rulebase this instance serves; a candidate is this {@link ReleasedRulebase#with with} one part replaced. */
    public ReleasedRulebase served() {
        return served;
    }

    /** Releases another catalogue with the DRL files that serve now; returns as {@link #release(ReleasedRulebase)}. */
    public ReloadResult release(CatalogueSource catalogue) {
        return release(served.with(new RulebaseChange(RulebaseChange.Kind.CATALOGUE, catalogue.name(), catalogue.content())));
    }

    /** @return the check's result; when accepted, the candidate has been released to all instances */
    public ReloadResult release(ReleasedRulebase candidate) {
        CatalogueSource catalogue = candidate.catalogue();
        ReloadResult check = registry.check(candidate.rulebase());
        if (!check.accepted()) {
            log.warn("Rulebase {} (catalogue {}, DRL files {}) rejected ({} problems); version {} keeps serving",
                    check.candidateVersion(), catalogue.name(), candidate.drlFiles().keySet(), check.errors().size(),
                    check.liveVersion());
            return check;
        }
        Envelope<RulebaseRelease> event = Envelope.of(EventType.RULEBASE_RELEASED, SOURCE, CATALOGUE_KEY,
                new RulebaseRelease(catalogue.name(), catalogue.content(), candidate.drlFiles(), check.candidateVersion(),
                        clock.instant()),
                clock.instant());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.RULEBASE_RELEASES.topicName(),
                CATALOGUE_KEY, codec.encode(event));
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(PUBLISH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while releasing the rulebase", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The rulebase was checked but could not be released: " + e.getMessage(), e);
        }
        log.info("Rulebase {} released (catalogue {}, DRL files {})", check.candidateVersion(), catalogue.name(),
                candidate.drlFiles().keySet());
        return check;
    }

    /** Applies a release read from the topic to this instance's live rulebase. */
    ReloadResult apply(byte[] releaseEvent) {
        RulebaseRelease release = codec.<RulebaseRelease>decode(releaseEvent, EventType.RULEBASE_RELEASED).data();
        ReleasedRulebase released = new ReleasedRulebase(CatalogueSource.of(release.catalogueName(), release.catalogueCsv()),
                release.drlFiles() == null ? Map.of() : release.drlFiles());
        ReloadResult result = registry.reload(released.rulebase());
        if (result.accepted()) {
            served = released;
            log.info("Rulebase {} now serves (catalogue {}, DRL files {}, built in {} ms)", result.liveVersion(),
                    release.catalogueName(), released.drlFiles().keySet(), result.buildMillis());
        } else {
            log.error("Released catalogue {} failed here; rulebase {} keeps serving: {}",
                    release.catalogueName(), result.liveVersion(), result.errors());
        }
        return result;
    }
}
