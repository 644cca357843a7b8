package city.hotline.router.movecar.sms;

import city.hotline.schemas.SmsReceipt;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Turns the delivery receipts the SMS centre sends (deliver_sm with the receipt flag) into
 * {@code sms.receipt} events. A receipt is acknowledged only after it is stored in Kafka; if that fails, the
 * centre is told to try again later (ESME_RX_T_APPN), so no receipt is lost.
 */
public class DeliveryReceiptListener implements MessageReceiverListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReceiptListener.class);

    private final Consumer<SmsReceipt> publisher;
    private final Clock clock;

    /** @param publisher stores a receipt durably, or throws (see {@link ReceiptPublisher#publish}) */
    public DeliveryReceiptListener(Consumer<SmsReceipt> publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
            log.info("Ignored a mobile-originated SMS on the move-car SMPP session: replies are not handled here");
            return;
        }
        DeliveryReceipt receipt;
        try {
            receipt = deliverSm.getShortMessageAsDeliveryReceipt();
        } catch (InvalidDeliveryReceiptException e) {
            log.warn("Ignored an unreadable delivery receipt: {}", e.getMessage());
            return;
        }
        try {
            publisher.accept(new SmsReceipt(messageId(deliverSm, receipt), receipt.getFinalStatus().name(),
                    receipt.getError(), clock.instant()));
        } catch (RuntimeException e) {
            throw new ProcessRequestException("receipt not stored, send it again later", SMPPConstant.STAT_ESME_RX_T_APPN, e);
        }
    }

    /** SMPP 3.4 puts the id in the receipted_message_id parameter; older centres only in the receipt text. */
    private static String messageId(DeliverSm deliverSm, DeliveryReceipt receipt) {
        OptionalParameter receipted = deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
        if (receipted instanceof OptionalParameter.OctetString id) {
            return id.getValueAsString();
        }
        return receipt.getId();
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // An alert says a phone is reachable again; the centre retries its own queue, nothing to do here.
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
