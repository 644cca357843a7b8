package city.hotline.router.supervision;

import java.util.List;

/** One page of a decision search, newest first; {@code total} counts every match. */
record DecisionPage(List<DecisionRow> items, int page, int size, long total) {
}
