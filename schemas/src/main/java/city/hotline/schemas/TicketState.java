package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a ticket stands in the closed loop: routed → received → accepted → handled → closed. A rejection
 * re-routes the ticket once (back to {@link #ROUTED} at the other line); a second rejection makes it
 * {@link #DISPUTED}: a supervisor decides, and the first receiver stays responsible until a line accepts.
 */
public enum TicketState {
    @JsonProperty("routed") ROUTED,
    @JsonProperty("received") RECEIVED,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("handled") HANDLED,
    @JsonProperty("closed") CLOSED,
    @JsonProperty("disputed") DISPUTED
}
