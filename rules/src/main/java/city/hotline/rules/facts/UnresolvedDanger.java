package city.hotline.rules.facts;

/**
 * A sign that someone may be in danger now which no police category accounts for (someone
 * bleeding, a cry for help, a child alone by the road). Concluded by police-categories.drl; the
 * precedence sends it to 110 with a three-way call, because a police matter missed costs more
 * than a hotline matter transferred.
 *
 * @param sign the frame that shows it
 */
public record UnresolvedDanger(String sign) implements Evidence {

    @Override
    public String describe() {
        return "danger:" + sign;
    }
}
