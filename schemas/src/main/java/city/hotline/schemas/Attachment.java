package city.hotline.schemas;

/** A photo or recording the citizen sent, by reference: events never carry the bytes. */
public record Attachment(String url, String mediaType) {
}
