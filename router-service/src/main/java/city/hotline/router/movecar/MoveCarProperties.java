package city.hotline.router.movecar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The move-car role: how requests are screened, followed up and answered.
 *
 * @param applicationId the Kafka Streams application (and consumer group) of the move-car role
 * @param dedupWindow   the same plate reported again within this window does not text the owner again
 * @param throttle      when a caller reporting many different plates is held back
 * @param followUp      when an owner who was not reached is escalated, and how long a case is kept
 * @param towKeywords   words in the caller's text that make a failed notification a tow, not an on-site
 *                      visit (a blocked fire lane cannot wait for the owner)
 * @param replies       the texts sent back to the caller through the channel adapter
 * @param latency       how the move-car application and the SMS sender trade CPU for latency
 */
@ConfigurationProperties("router.movecar")
public record MoveCarProperties(
        @DefaultValue("hotline-movecar") String applicationId,
        @DefaultValue("10m") Duration dedupWindow,
        @DefaultValue Throttle throttle,
        @DefaultValue FollowUp followUp,
        @DefaultValue({"消防通道", "消防车道", "应急车道", "生命通道"}) List<String> towKeywords,
        @DefaultValue Replies replies,
        @DefaultValue Latency latency) {

    /**
     * A move-car request crosses three transactions inside the move-car application (caller, plate, request)
     * and each waits for a commit; these override the router-wide {@code router.streams} values for this
     * application only (measured in docs/performance.md).
     *
     * @param commitInterval the move-car application's transaction length
     * @param pollInterval   how long an idle stream thread waits for input ({@code poll.ms}) before it commits
     * @param fetchMaxWait   how long the broker may hold a fetch of the move-car application and the SMS sender
     */
    public record Latency(
            @DefaultValue("50ms") Duration commitInterval,
            @DefaultValue("10ms") Duration pollInterval,
            @DefaultValue("20ms") Duration fetchMaxWait) {
    }

    /**
     * @param window          how far back a caller's reports are counted
     * @param maxPlates       more different plates than this from one caller within the window is throttled
     * @param callerKeySecret HMAC key that turns a caller's number into the throttle key, so the number itself
     *                        never reaches a repartition topic or a state store; set it in production
     */
    public record Throttle(
            @DefaultValue("10m") Duration window,
            @DefaultValue("3") int maxPlates,
            String callerKeySecret) {
    }

    /**
     * @param receiptTimeout an owner without a delivery receipt this long after the request is escalated
     *                       (the reference city took 3 minutes on average to notify an owner)
     * @param caseRetention  how long a case is remembered after its request (for late receipts and "moved")
     * @param checkInterval  how often due follow-ups are looked for
     */
    public record FollowUp(
            @DefaultValue("2m") Duration receiptTimeout,
            @DefaultValue("24h") Duration caseRetention,
            @DefaultValue("1s") Duration checkInterval) {
    }

    /** What the caller is told; none of these may contain a phone number (the schema refuses one). */
    public record Replies(
            @DefaultValue("车主已通知，请稍候") String notified,
            @DefaultValue("该车辆已通知，请稍候") String duplicate,
            @DefaultValue("未找到车辆信息，已转交警处理") String unknownPlate,
            @DefaultValue("车牌颜色与登记信息不符，已转交警处理") String colourConflict,
            @DefaultValue("暂未联系上车主，已转交警处理") String notReached,
            @DefaultValue("您短时间内提交的挪车请求较多，已转人工核实") String throttled,
            @DefaultValue("未识别到车牌号，请补充车牌号后重新提交") String noPlate) {
    }
}
