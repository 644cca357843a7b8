package city.hotline.router.supervision;

import java.util.List;

/** Where the period's matters came from, most frequent first. */
record HotspotReport(List<Place> places) {

    /**
     * @param place    the district of the address (思明区), or its first 8 characters when it names none
     * @param category the 110 category, or null
     * @param item     the transfer item, or null
     * @param count    tickets of that place, line, category and item
     */
    record Place(String place, String line, Integer category, String item, long count) {
    }
}
