package city.hotline.router.supervision;

import city.hotline.router.supervision.HotspotReport.Place;
import org.junit.jupiter.api.Test;

import static city.hotline.router.supervision.KnownDay.DAY;
import static org.assertj.core.api.Assertions.assertThat;

class HotspotsQueryTest {

    private static final ReportPeriod KNOWN_DAY = new ReportPeriod(DAY, DAY, KnownDay.ZONE);

    private final HotspotsQuery hotspots = new HotspotsQuery(KnownDayStore.jdbc());

    @Test
    void placesAreDistrictsCountedByLineCategoryAndItemMostFirst() {
        assertThat(hotspots.hotspots(KNOWN_DAY, null).places()).first()
                // T110A (厦门市思明区…) and T110B (思明区…): the city is not part of the place
                .isEqualTo(new Place("思明区", "110", 2, null, 2));
        assertThat(hotspots.hotspots(KNOWN_DAY, null).places()).containsExactlyInAnyOrder(
                new Place("思明区", "110", 2, null, 2),
                new Place("思明区", "110", 6, "TI101", 1),
                new Place("湖里区", "110", 2, null, 1),
                new Place("湖里区", "12345", null, "TI001", 1),
                new Place("湖里区", "12345", null, "TI002", 1),
                new Place("思明区", "114", null, null, 1),
                // no district in the address: its first 8 characters
                new Place("湖滨南路与体育路", "114", null, null, 1));
    }

    @Test
    void aLineFilterKeepsThatLinesTickets() {
        assertThat(hotspots.hotspots(KNOWN_DAY, "114").places()).extracting(Place::place)
                .containsExactlyInAnyOrder("思明区", "湖滨南路与体育路");
    }

    @Test
    void aCountyIsAPlaceToo() {
        ReportPeriod wednesday = new ReportPeriod(DAY.plusDays(2), DAY.plusDays(2), KnownDay.ZONE);

        assertThat(hotspots.hotspots(wednesday, null).places()).containsExactly(new Place("长泰县", "110", 1, null, 1));
    }
}
