package city.hotline.router.web;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.RouterTestSupport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the running application: a body over the cap is refused with 413 before anything reads it, and what Tomcat
 * refuses itself is a problem too.
 */
@RouterOnEmbeddedKafka
class RequestBodyLimitTest extends RouterTestSupport {

    private static final int OVER_THE_CAP = 2 * 1024 * 1024;

    @Test
    void aBodyDeclaredLargerThanTheCapIsRefusedWith413EvenBeforeSignIn() {
        HttpResponse<String> refused = send(request("/api/v1/tickets", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[OVER_THE_CAP])).build());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"https://city-hotline.example/problems/request-too-large\"")
                .contains("larger than 1048576 bytes");
    }

    @Test
    void aQueryStringLongerThanTheServerTakesIsAProblemNotTomcatsHtmlPage() {
        HttpResponse<String> refused = get("/api/v1/supervision/decisions?text=" + "路".repeat(10_000));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":400", "request-refused-by-server").doesNotContain("<html", "Tomcat");
    }

    @Test
    void aChunkedBodyThatGoesOnPastTheCapIsRefusedWith413() {
        HttpResponse<String> refused = send(request("/api/v1/tickets", Account.AGENT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[OVER_THE_CAP]))).build());
        assertThat(refused.statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyUnderTheCapIsReadAsUsual() {
        byte[] ticket = """
                {"channel":"sms","text":"路灯坏了好几天了"}""".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> taken = send(request("/api/v1/tickets", Account.AGENT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(ticket))).build());
        assertThat(taken.statusCode()).isEqualTo(202);
    }
}
