package city.hotline.rules.facts;

/**
 * The channel the request came by: {@code call}, {@code sms}, {@code wechat}, {@code open311} (a
 * web message board or app), {@code exchange}. A message-board post asks a department by the
 * channel it uses, as a complaint word does in a call.
 */
public record Channel(String name) {
}
