package city.hotline.router.loop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The loop tracker role: how long partners have, and how the tracker keeps time.
 *
 * @param applicationId         the Kafka Streams application (and consumer group) of the loop tracker
 * @param zone                  where working days and "24:00 of the last day" are reckoned
 * @param receiveLimit          how long a partner platform has to confirm it received a work order (签收); the
 *                              catalogue's limits start at acceptance, receipt is a platform matter
 * @param police                limits of a 110 ticket without a transfer item (a police category decision)
 * @param hotline               limits of a 12345 ticket without a transfer item; 10 working days to finish is
 *                              the general 12345 reply limit published by Zibo (TRANSFER-SOURCES.md C26)
 * @param maxHops               lines a ticket may be routed to before a rejection goes to a supervisor
 *                              instead (首接负责制: 2 means one re-route)
 * @param supervisionDepartment who receives the supervisor escalations of disputed and overdue tickets
 * @param timerInterval         how often the tracker looks for deadlines that passed
 * @param orphanWait            how long feedback for a ticket the tracker has not seen routed waits for it
 *                              before it is refused as UNKNOWN_TICKET
 * @param timelineLimit         the most timeline entries kept per ticket (the oldest are dropped)
 */
@ConfigurationProperties("router.loop")
public record LoopProperties(
        @DefaultValue("hotline-loop") String applicationId,
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("15m") String receiveLimit,
        @DefaultValue("30m,2h,1d") LineLimits police,
        @DefaultValue("1wd,3wd,10wd") LineLimits hotline,
        @DefaultValue("2") int maxHops,
        @DefaultValue("HOTLINE_SUPERVISION") String supervisionDepartment,
        @DefaultValue("1s") Duration timerInterval,
        @DefaultValue("10m") Duration orphanWait,
        @DefaultValue("200") int timelineLimit) {

    /** Accept, first feedback and finish limits, written as in the catalogue ({@code 2h}, {@code 5wd}). */
    public record LineLimits(String accept, String feedback, String finish) {

        /** From the configuration form {@code accept,feedback,finish}, e.g. {@code 30m,2h,1d}. */
        public static LineLimits valueOf(String text) {
            String[] limits = text.split(",");
            if (limits.length != 3) {
                throw new IllegalArgumentException("expected accept,feedback,finish limits such as 30m,2h,1d, got " + text);
            }
            return new LineLimits(limits[0].strip(), limits[1].strip(), limits[2].strip());
        }
    }
}
