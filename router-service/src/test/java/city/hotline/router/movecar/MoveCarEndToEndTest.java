package city.hotline.router.movecar;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.movecar.smsc.ReceivedSms;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.VehicleRegistration;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 114 move-car end to end on a real broker: intake → router → move-car service → the real SMPP client →
 * the in-process SMPP server, and back through delivery receipts to feedback, escalations and replies.
 */
@RouterOnEmbeddedKafka
class MoveCarEndToEndTest extends MoveCarTestSupport {

    @Autowired
    MeterRegistry meters;

    @Test
    void theOwnerIsTextedOnceTheTicketGoesToDeliveredAndTheCallersMovedConfirmationClosesIt() {
        VehicleRegistration car = register(freshPlate("闽D"), "蓝");
        String caller = freshCaller();

        String ticketId = reportBySms(car.plate(), "蓝", "湖滨南路与体育路口", caller);

        List<Envelope<TicketFeedback>> stages = awaitStage(ticketId, FeedbackStage.DELIVERED);
        assertThat(stages).extracting(event -> event.data().stage())
                .containsExactly(FeedbackStage.NOTIFIED, FeedbackStage.DELIVERED);
        List<ReceivedSms> sms = smsc.receivedBy(car.ownerPhone());
        assertThat(sms).singleElement().satisfies(text -> assertThat(text.text())
                .contains(car.plate(), "湖滨南路与体育路口", "有人正在等候").doesNotContain(caller));
        assertThat(replies(ticketId)).extracting(reply -> reply.data().text()).containsExactly("车主已通知，请稍候");
        assertThat(escalations(ticketId)).isEmpty();

        HttpResponse<String> moved = postJson("/api/v1/tickets/" + ticketId + "/moved", """
                {"confirmedBy":"caller"}""");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(202);
        awaitStage(ticketId, FeedbackStage.CLOSED);
        assertThat(feedback(ticketId)).extracting(event -> event.data().stage()).containsExactly(
                FeedbackStage.NOTIFIED, FeedbackStage.DELIVERED, FeedbackStage.MOVED, FeedbackStage.CLOSED);
    }

    @Test
    void anUnknownPlateFailsWithItsReasonIsEscalatedToAPatrolAndNobodyIsTexted() {
        String plate = freshPlate("琼E");
        int smsBefore = smsc.received().size();

        String ticketId = reportBySms(plate, "蓝", "体育路口", freshCaller());

        List<Envelope<TicketFeedback>> stages = awaitStage(ticketId, FeedbackStage.FAILED);
        assertThat(stages).singleElement().satisfies(failed -> assertThat(failed.data().reason()).isEqualTo("UNKNOWN_PLATE"));
        assertThat(escalations(ticketId)).singleElement().satisfies(patrol -> {
            assertThat(patrol.data().action()).isEqualTo(EscalationAction.ON_SITE);
            assertThat(patrol.data().plate()).isEqualTo(plate);
            assertThat(patrol.data().place()).isEqualTo("体育路口");
        });
        assertThat(replies(ticketId)).extracting(reply -> reply.data().text()).containsExactly("未找到车辆信息，已转交警处理");
        assertThat(smsc.received().stream().skip(smsBefore)).noneMatch(sms -> sms.text().contains(plate));
    }

    @Test
    void theSamePlateReportedAgainWithinTheWindowDoesNotTextTheOwnerTwiceAndTheSecondCallerIsTold() {
        VehicleRegistration car = register(freshPlate("闽D"), "蓝");
        String first = reportBySms(car.plate(), "蓝", "莲前西路", freshCaller());
        awaitStage(first, FeedbackStage.NOTIFIED);

        String second = reportBySms(car.plate(), "蓝", "莲前西路", freshCaller());

        List<Envelope<TicketFeedback>> stages = awaitStage(second, FeedbackStage.DUPLICATE);
        assertThat(stages).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.data().relatedTicketId()).isEqualTo(first);
            assertThat(duplicate.data().reason()).isEqualTo("ALREADY_NOTIFIED");
        });
        assertThat(replies(second)).extracting(reply -> reply.data().text()).containsExactly("该车辆已通知，请稍候");
        assertThat(smsc.receivedBy(car.ownerPhone())).hasSize(1);
    }

    /**
     * The four tickets are routed from different partitions, so which one reaches the caller's partition last
     * (and is held back) is not the order of submission: three owners are texted, one report is throttled.
     */
    @Test
    void aCallerReportingFourDifferentPlatesInAFewSecondsHasOneHeldBackFlaggedAndNotTexted() {
        String caller = freshCaller();
        List<VehicleRegistration> cars = List.of(register(freshPlate("闽D"), "蓝"), register(freshPlate("闽D"), "蓝"),
                register(freshPlate("闽D"), "蓝"), register(freshPlate("闽D"), "蓝"));
        List<String> tickets = cars.stream().map(car -> reportBySms(car.plate(), "蓝", "思明南路", caller)).toList();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(tickets).allSatisfy(ticket ->
                assertThat(feedback(ticket)).extracting(event -> event.data().stage())
                        .containsAnyOf(FeedbackStage.NOTIFIED, FeedbackStage.THROTTLED)));
        List<String> throttled = tickets.stream().filter(ticket -> feedback(ticket).stream()
                .anyMatch(event -> event.data().stage() == FeedbackStage.THROTTLED)).toList();
        assertThat(throttled).singleElement().satisfies(ticket -> {
            assertThat(feedback(ticket)).singleElement().satisfies(event ->
                    assertThat(event.data().reason()).isEqualTo("HARASSMENT_SUSPECTED"));
            assertThat(escalations(ticket)).singleElement()
                    .satisfies(review -> assertThat(review.data().action()).isEqualTo(EscalationAction.REVIEW));
            assertThat(smsc.receivedBy(cars.get(tickets.indexOf(ticket)).ownerPhone())).isEmpty();
        });
        assertThat(cars).filteredOn(car -> !smsc.receivedBy(car.ownerPhone()).isEmpty()).hasSize(3);
    }

    @Test
    void anUndeliverableSmsFailsWithTheReceiptAndGoesToAPatrol() {
        VehicleRegistration car = register(freshPlate("闽D"), "蓝");
        smsc.receiptStatusFor(car.ownerPhone(), "UNDELIV");

        String ticketId = reportBySms(car.plate(), "蓝", "禾祥西路", freshCaller());

        List<Envelope<TicketFeedback>> stages = awaitStage(ticketId, FeedbackStage.FAILED);
        assertThat(stages).extracting(event -> event.data().stage() + " " + event.data().reason())
                .containsExactly("NOTIFIED null", "FAILED SMS_UNDELIVERED");
        assertThat(escalations(ticketId)).singleElement().satisfies(patrol ->
                assertThat(patrol.data().reason()).isEqualTo("SMS_UNDELIVERED"));
    }

    @Test
    void whileTheSmscIsDownTheSmsIsRetriedAndReachesTheOwnerWhenItComesBack() {
        VehicleRegistration car = register(freshPlate("闽D"), "蓝");
        double failedAttempts = failedAttempts();
        smsc.goDown();
        String ticketId;
        try {
            ticketId = reportBySms(car.plate(), "蓝", "嘉禾路", freshCaller());
            await().atMost(PATIENCE).until(() -> failedAttempts() >= failedAttempts + 2);
        } finally {
            smsc.comeBack();
        }

        awaitStage(ticketId, FeedbackStage.DELIVERED);
        assertThat(smsc.receivedBy(car.ownerPhone())).hasSize(1);
        assertThat(escalations(ticketId)).isEmpty();
    }

    @Test
    void whenTheSmscStaysDownPastTheDeadlineTheTicketFailsAndGoesToAPatrolInsteadOfBeingLost() {
        VehicleRegistration car = register(freshPlate("闽D"), "蓝");
        smsc.goDown();
        String ticketId;
        List<Envelope<TicketFeedback>> stages;
        try {
            ticketId = reportBySms(car.plate(), "蓝", "湖滨北路", freshCaller());
            stages = awaitStage(ticketId, FeedbackStage.FAILED);
        } finally {
            smsc.comeBack();
        }

        assertThat(stages).singleElement().satisfies(failed -> assertThat(failed.data().reason()).isEqualTo("SMSC_UNAVAILABLE"));
        assertThat(escalations(ticketId)).singleElement().satisfies(patrol ->
                assertThat(patrol.data().reason()).isEqualTo("SMSC_UNAVAILABLE"));
        assertThat(replies(ticketId)).extracting(reply -> reply.data().text()).containsExactly("暂未联系上车主，已转交警处理");
        assertThat(smsc.receivedBy(car.ownerPhone())).isEmpty();
    }

    @Test
    void movedIsRefusedForATicketThatIsNotOnTheMoveCarLine() {
        String theft = submit("""
                {"channel":"call","text":"我的电动车停在小区楼下被偷了","callerPhone":"%s"}""".formatted(freshCaller()));
        awaitRouted(theft);

        assertThat(postJson("/api/v1/tickets/" + theft + "/moved", "{}").statusCode()).isEqualTo(409);
        assertThat(postJson("/api/v1/tickets/no-such-ticket/moved", "{}").statusCode()).isEqualTo(404);
    }

    private double failedAttempts() {
        var counter = meters.find("hotline.movecar.sms.failed.attempts").counter();
        return counter == null ? 0 : counter.count();
    }
}
