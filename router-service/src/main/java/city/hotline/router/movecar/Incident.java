package city.hotline.router.movecar;

import city.hotline.schemas.Channel;
import city.hotline.schemas.EscalationAction;

/**
 * One move-car matter as the move-car service keeps it: which vehicle, where, whom to answer, and what a
 * patrol should do if the owner is not reached. No phone number: the caller is known by a keyed hash only
 * ({@link Report#callerKey()}), the owner by the plate.
 *
 * @param place      where the vehicle stands, numbers in it masked, or null
 * @param escalation {@code TOW} when the caller says it blocks a fire lane or an emergency access, else {@code ON_SITE}
 */
record Incident(String ticketId, Channel channel, String externalId, String plate, String plateColour, String place,
                EscalationAction escalation) {
}
