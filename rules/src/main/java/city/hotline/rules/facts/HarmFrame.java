package city.hotline.rules.facts;

/**
 * Harm to a person: someone hurt, crying for help, or acted on by another.
 *
 * @param act      the harming concept and its word ({@code assault=砍}, {@code fight=打架}), or {@code null}
 * @param victim   the person word ({@code 孩子}, {@code 有人}), or {@code null}
 * @param injury   the injury word ({@code 流血}, {@code 昏迷}), or {@code null}
 * @param distress a cry for help ({@code 救命}, {@code 惨叫}), or {@code null}
 * @param now      not told as past
 * @param inDanger someone is hurt or crying for help: the consequence, whatever the words for the act
 */
public record HarmFrame(String act, String victim, String injury, String distress, boolean now, boolean inDanger)
        implements Frame {

    public HarmFrame(String act, String victim, String injury, String distress, boolean now) {
        this(act, victim, injury, distress, now, injury != null || distress != null);
    }

    @Override
    public String describe() {
        return "frame:harm(act=" + act + ", victim=" + victim + ", injury=" + injury + ", distress=" + distress
                + (now ? ", now)" : ", past)");
    }
}
