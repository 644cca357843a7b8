package city.hotline.router.supervision;

import java.time.Instant;

/**
 * One timer of the closed loop, as the loop tracker last stored it.
 *
 * @param kind   {@code receive}, {@code accept}, {@code feedback} or {@code finish}
 * @param limit  the limit it was computed from ({@code 2h}, {@code 1wd}), or null for a line's default
 * @param status {@code pending}, {@code met}, {@code overdue} or {@code cancelled}
 */
record DeadlineView(String kind, String line, Instant dueAt, String limit, String status) {
}
