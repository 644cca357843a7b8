package city.hotline.rules.facts;

/** A fact read from the request, which a decision can cite as what it matched. */
public interface Evidence {

    /** A short readable form for the audit trail, e.g. {@code keyword:theft=被偷}, {@code plate:闽D12345}. */
    String describe();
}
