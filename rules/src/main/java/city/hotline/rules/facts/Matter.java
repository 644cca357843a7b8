package city.hotline.rules.facts;

/**
 * What the request is about, as the rules conclude it from the evidence: a police matter, a
 * move-car matter, a hotline matter or a transfer item. Several may hold at once; precedence.drl picks one.
 */
public sealed interface Matter permits PoliceMatter, MoveCarMatter, HotlineMatter, ItemMatter {
}
