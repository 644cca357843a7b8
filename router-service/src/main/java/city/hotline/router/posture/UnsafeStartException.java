package city.hotline.router.posture;

import java.util.List;

/** A start refused because it would run without a real secret, or with a demo account or demo part. */
public final class UnsafeStartException extends RuntimeException {

    private final List<String> problems;

    UnsafeStartException(List<String> problems) {
        super("refusing to start: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per missing or unsafe setting, naming the setting. */
    public List<String> problems() {
        return problems;
    }
}
