package city.hotline.router.supervision;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The counts of one statistics bucket while the queries add theirs, day by day. */
final class BucketTally {

    static final String POLICE_TO_HOTLINE = "110→12345";
    static final String HOTLINE_TO_POLICE = "12345→110";

    private final LocalDate start;
    /** Every line and both directions are listed, with 0 when nothing happened: the page draws them all. */
    private final Map<String, Long> callsPerLine = new LinkedHashMap<>();
    private final Map<String, Long> transfers = new LinkedHashMap<>();
    private long validPoliceAlerts;
    private long moveCarTickets;
    private long moveCarNotified;

    BucketTally(LocalDate start) {
        this.start = start;
        Parameters.LINES.forEach(line -> callsPerLine.put(line, 0L));
        transfers.put(POLICE_TO_HOTLINE, 0L);
        transfers.put(HOTLINE_TO_POLICE, 0L);
    }

    void calls(String line, long count) {
        callsPerLine.merge(line, count, Long::sum);
    }

    void transfers(String from, String to, long count) {
        transfers.merge(from + "→" + to, count, Long::sum);
    }

    void validPoliceAlerts(long count) {
        validPoliceAlerts += count;
    }

    void moveCar(long tickets, long notified) {
        moveCarTickets += tickets;
        moveCarNotified += notified;
    }

    StatisticsReport.Bucket bucket() {
        double share = moveCarTickets == 0 ? 0 : (double) moveCarNotified / moveCarTickets;
        return new StatisticsReport.Bucket(start, Collections.unmodifiableMap(callsPerLine),
                Collections.unmodifiableMap(transfers), validPoliceAlerts,
                new StatisticsReport.MoveCar(moveCarTickets, moveCarNotified, share));
    }
}
