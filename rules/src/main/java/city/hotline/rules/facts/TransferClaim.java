package city.hotline.rules.facts;

/**
 * A transfer work order's header ({@code 【110转12345】}): the sending line's view of where the
 * matter belongs. A claim to check against the content, not an order.
 */
public record TransferClaim(String from, String to) implements Evidence {

    @Override
    public String describe() {
        return "claim:" + from + "→" + to;
    }
}
