package city.hotline.router.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/supervision/audit/rebuild}: rebuild the audit store from the topics (SUPERVISOR). */
@RestController
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
@Tag(name = "Audit store", description = "The supervisors' store of decisions and ticket events")
class AuditRebuildController {

    private final AuditRebuild rebuild;

    AuditRebuildController(AuditRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/v1/supervision/audit/rebuild")
    @Operation(summary = "Rebuild the audit store from the topics",
            description = "Empties the tables and reads routing.decisions, ticket.feedback, ticket.escalations and "
                    + "ticket.tracks from the beginning to their current end. Live ingestion goes on meanwhile; rows are "
                    + "keyed by event id, so nothing is stored twice. Answers when done.")
    AuditRebuild.Report rebuild() {
        return rebuild.rebuild();
    }
}
