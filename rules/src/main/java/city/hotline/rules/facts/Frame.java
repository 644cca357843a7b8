package city.hotline.rules.facts;

/**
 * Who does what to whom, and when, read from one sentence of the request (see
 * {@code city.hotline.rules.frames.Frames}): the facts the category and move-car rules read
 * instead of single keywords.
 */
public sealed interface Frame extends Evidence
        permits HarmFrame, ObstructionFrame, HazardFrame, CrowdFrame, OfficerActFrame, RequestKind {
}
