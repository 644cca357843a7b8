package city.hotline.router.intake;

import city.hotline.schemas.EventCodec;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;

/**
 * The front door: {@code POST /api/v1/tickets}. The body is validated against the same JSON Schema
 * (ticket-submission) that adapters publishing straight to the intake topics are held to.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketIntakeController {

    record TicketAccepted(String ticketId) {
    }

    private final EventCodec codec;
    private final TicketIntake intake;

    TicketIntakeController(EventCodec codec, TicketIntake intake) {
        this.codec = codec;
        this.intake = intake;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TicketAccepted> submit(@RequestBody byte[] body, Principal account) {
        String ticketId = intake.submit(codec.decodeSubmission(body), account.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/tickets/" + ticketId))
                .body(new TicketAccepted(ticketId));
    }
}
