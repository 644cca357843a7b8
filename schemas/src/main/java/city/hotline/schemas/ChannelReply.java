package city.hotline.schemas;

/**
 * The data of {@code city.hotline.channel.reply}: a text the channel adapter sends back to the citizen
 * ("车主已通知"). The adapter finds its conversation by the ticket id (the subject) or its own external id.
 */
public record ChannelReply(Channel channel, String text, String externalId) {
}
