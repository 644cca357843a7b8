package city.hotline.rules.facts;

/**
 * Something dangerous, and whether people are exposed to it.
 *
 * @param kind   {@code fire}, {@code explosion_collapse}, {@code flood_landslide}, {@code gas_leak},
 *               {@code drowning}, or {@code exposure} (a child or an old person alone, or at a perilous place)
 * @param word   the word that names it
 * @param atRisk the person, trapped or distress word that puts people in it, or {@code null}
 * @param now    not told as past
 */
public record HazardFrame(String kind, String word, String atRisk, boolean now) implements Frame {

    @Override
    public String describe() {
        return "frame:hazard(" + kind + "=" + word + ", atRisk=" + atRisk + (now ? ", now)" : ", past)");
    }
}
