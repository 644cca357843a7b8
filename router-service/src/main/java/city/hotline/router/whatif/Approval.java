package city.hotline.router.whatif;

import java.time.Instant;

/** A what-if candidate made live: released to every instance, which reload it within moments. */
public record Approval(String version, String approvedBy, Instant approvedAt) {
}
