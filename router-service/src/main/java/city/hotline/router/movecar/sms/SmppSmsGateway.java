package city.hotline.router.movecar.sms;

import city.hotline.router.privacy.PhoneMasker;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The production {@link SmsGateway}: an SMPP 3.4 client (jSMPP) bound as a transceiver, so the same session
 * submits SMS and receives their delivery receipts. Chinese text goes as UCS-2; every SMS asks for a receipt
 * (registered delivery, success and failure). The session is opened on first use and again after it broke;
 * concurrent submits share it (the SMPP window).
 */
public class SmppSmsGateway implements SmsGateway, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmppSmsGateway.class);
    /** A single SMS holds 140 octets: 70 UCS-2 characters. Longer text goes in message_payload. */
    private static final int SHORT_MESSAGE_OCTETS = 140;
    private static final int ENQUIRE_LINK_MS = 30_000;
    /** Statuses that mean "not now" rather than "not this SMS". */
    private static final Set<Integer> TRANSIENT = Set.of(SMPPConstant.STAT_ESME_RTHROTTLED,
            SMPPConstant.STAT_ESME_RMSGQFUL, SMPPConstant.STAT_ESME_RSYSERR, SMPPConstant.STAT_ESME_RX_T_APPN);

    private final String host;
    private final int port;
    private final SmsProperties properties;
    private final MessageReceiverListener receipts;
    private SMPPSession session;

    /**
     * @param receipts handles the deliver_sm PDUs (delivery receipts) the centre sends on this session
     */
    public SmppSmsGateway(String host, int port, SmsProperties properties, MessageReceiverListener receipts) {
        this.host = host;
        this.port = port;
        this.properties = properties;
        this.receipts = receipts;
    }

    @Override
    public String submit(String destination, String text) throws SmscUnavailableException, SmsRejectedException {
        SMPPSession bound = boundSession();
        byte[] ucs2 = text.getBytes(StandardCharsets.UTF_16BE);
        boolean fits = ucs2.length <= SHORT_MESSAGE_OCTETS;
        try {
            return bound.submitShortMessage("",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, properties.sourceAddress(),
                    TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, destination,
                    new ESMClass(), (byte) 0, (byte) 1, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                    new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0,
                    fits ? ucs2 : new byte[0],
                    fits ? new OptionalParameter[0] : new OptionalParameter[] {new OptionalParameter.Message_payload(ucs2)})
                    .getMessageId();
        } catch (NegativeResponseException e) {
            String status = "SMSC answered status 0x" + Integer.toHexString(e.getCommandStatus());
            if (TRANSIENT.contains(e.getCommandStatus())) {
                throw new SmscUnavailableException(status, e);
            }
            throw new SmsRejectedException(status + " for the SMS to " + PhoneMasker.mask(destination), e);
        } catch (PDUException e) {
            throw new SmsRejectedException("the SMS cannot be encoded as an SMPP PDU: " + e.getMessage(), e);
        } catch (ResponseTimeoutException | InvalidResponseException | IOException e) {
            discard(bound);
            throw new SmscUnavailableException("no valid answer from the SMSC: " + e.getMessage(), e);
        }
    }

    private synchronized SMPPSession boundSession() throws SmscUnavailableException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        if (session != null) {
            session.close();
        }
        SMPPSession opened = new SMPPSession();
        opened.setTransactionTimer(properties.responseTimeout().toMillis());
        opened.setEnquireLinkTimer(ENQUIRE_LINK_MS);
        opened.setMessageReceiverListener(receipts);
        try {
            opened.connectAndBind(host, port, new BindParameter(BindType.BIND_TRX, properties.systemId(),
                    properties.password(), properties.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN,
                    null), properties.responseTimeout().toMillis());
        } catch (IOException e) {
            opened.close();
            throw new SmscUnavailableException("cannot bind to the SMSC at " + host + ":" + port + ": " + e.getMessage(), e);
        }
        log.info("SMPP session {} bound as transceiver to {}:{} (system id {})", opened.getSessionId(), host, port,
                properties.systemId());
        session = opened;
        return opened;
    }

    /** A session that timed out or broke is closed, so the next submit binds a fresh one. */
    private synchronized void discard(SMPPSession broken) {
        if (session == broken) {
            session.close();
            session = null;
        }
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }
}
