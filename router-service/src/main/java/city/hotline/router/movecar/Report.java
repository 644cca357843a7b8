package city.hotline.router.movecar;

import java.time.Instant;

/**
 * A move-car report on its way through screening (throttle, registry, dedup). Carried on the move-car
 * application's repartition topics as JSON.
 *
 * @param callerKey  a keyed hash of the caller's number (see {@link CallerKeys}), or null when the channel has none
 * @param receivedAt when intake accepted the ticket
 */
record Report(Incident incident, String callerKey, Instant receivedAt) {
}
