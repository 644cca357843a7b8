package city.hotline.router.demo;

import city.hotline.router.intake.TicketIntake;
import city.hotline.schemas.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --demo}: submits a few realistic tickets for each line through the real front door once the
 * application is up, so a newcomer sees intake and routing happen in the log.
 */
@Component
@ConditionalOnProperty(name = "router.demo.enabled", havingValue = "true")
class DemoTicketFeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTicketFeeder.class);
    private static final String TICKETS = "demo/tickets.jsonl";

    private final TicketIntake intake;
    private final EventCodec codec;

    DemoTicketFeeder(TicketIntake intake, EventCodec codec) {
        this.intake = intake;
        this.codec = codec;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> lines = readTickets();
        log.info("Demo: submitting {} tickets; watch for 'Routed ticket' lines, or GET /api/v1/tickets/<id>", lines.size());
        for (String line : lines) {
            String ticketId = intake.submit(codec.decodeSubmission(line.getBytes(StandardCharsets.UTF_8)));
            log.info("Demo: http://localhost:8080/api/v1/tickets/{}", ticketId);
        }
    }

    private static List<String> readTickets() throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(TICKETS).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank()).toList();
        }
    }
}
