package city.hotline.router.movecar.smsc;

import city.hotline.router.privacy.PhoneMasker;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An SMS centre in the same JVM, built on jSMPP's server side, for the embedded default, the tests and the
 * benchmark: the gateway's real SMPP client binds to it, submits, and gets delivery receipts back, exactly as it
 * would from an operator. It records every SMS it accepts; tests can make it fail deliveries to a number,
 * withhold receipts, or go down and come back.
 *
 * <p>Like a real centre, it keeps a receipt it could not hand over (no bound session, or the client asked to
 * try later) and retries it, for up to {@link #RECEIPT_VALIDITY}.
 */
public class InProcessSmsc implements SmartLifecycle, ServerMessageReceiverListener {

    /** Keep no more than this many received SMS in memory (the benchmark sends many thousands). */
    private static final int RECORDED = 50_000;
    private static final Duration RECEIPT_RETRY = Duration.ofMillis(500);
    static final Duration RECEIPT_VALIDITY = Duration.ofMinutes(10);
    /** The receipt status meaning: send no receipt at all. */
    public static final String NO_RECEIPT = "NONE";
    private static final Logger log = LoggerFactory.getLogger(InProcessSmsc.class);

    private final SmscProperties properties;
    private final String systemId;
    private final String password;
    private final int port;
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "in-process-smsc");
        thread.setDaemon(true);
        return thread;
    });
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    /** Guarded by itself, not by this: going down must never wait for a submit being recorded. */
    private final Deque<ReceivedSms> received = new ArrayDeque<>();
    private final Map<String, String> receiptStatusByDestination = new ConcurrentHashMap<>();
    private final List<Consumer<ReceivedSms>> observers = new CopyOnWriteArrayList<>();
    private final AtomicLong nextMessageId = new AtomicLong(0x10000);
    private volatile SMPPServerSessionListener listener;
    private volatile boolean running;

    /** @param systemId and {@code password}: the only account it accepts a bind from */
    public InProcessSmsc(SmscProperties properties, String systemId, String password) {
        this.properties = properties;
        this.systemId = systemId;
        this.password = password;
        this.port = properties.port() == 0 ? freePort() : properties.port();
        this.listener = open(port);
    }

    /** The port it listens on (the configured one, or the free one it picked). */
    public int port() {
        return port;
    }

    /** Every SMS received so far, oldest first (the most recent {@value #RECORDED}). */
    public List<ReceivedSms> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<ReceivedSms> receivedBy(String destination) {
        return received().stream().filter(sms -> sms.destination().equals(destination)).toList();
    }

    /** Calls the observer for each SMS received from now on (the benchmark's clock). */
    public void observe(Consumer<ReceivedSms> observer) {
        observers.add(observer);
    }

    /** Receipts for SMS to this number will carry this status (UNDELIV, EXPIRED...), or none at all with {@link #NO_RECEIPT}. */
    public void receiptStatusFor(String destination, String status) {
        receiptStatusByDestination.put(destination, status);
    }

    /** Closes the port and every session: clients see connection refused until {@link #comeBack()}. */
    public synchronized void goDown() {
        closeListener();
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
        log.info("In-process SMSC on port {} is down", port);
    }

    public synchronized void comeBack() {
        if (listener == null) {
            listener = open(port);
            acceptInBackground(listener);
            log.info("In-process SMSC on port {} is up again", port);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        acceptInBackground(listener);
        log.info("In-process SMSC listening for SMPP on port {}", port);
    }

    @Override
    public synchronized void stop() {
        running = false;
        goDown();
        workers.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void acceptInBackground(SMPPServerSessionListener accepting) {
        Thread acceptor = new Thread(() -> accept(accepting), "in-process-smsc-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(SMPPServerSessionListener accepting) {
        while (accepting == listener) {
            try {
                SMPPServerSession session = accepting.accept();
                session.setMessageReceiverListener(this);
                workers.execute(() -> bind(session));
            } catch (IOException e) {
                return; // the listener was closed: going down or stopping
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest bind = session.waitForBind(5_000);
            if (bind.getBindType() != BindType.BIND_TRX || !systemId.equals(bind.getSystemId())
                    || !password.equals(bind.getPassword())) {
                bind.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
                log.warn("In-process SMSC refused a bind from system id {}", bind.getSystemId());
                return;
            }
            bind.accept("hotline-smsc", InterfaceVersion.IF_34);
            sessions.add(session);
        } catch (Exception e) {
            log.warn("In-process SMSC: a client did not bind: {}", e.getMessage());
            session.close();
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) throws ProcessRequestException {
        MessageId messageId = newMessageId();
        ReceivedSms sms = new ReceivedSms(messageId.getValue(), submit.getDestAddress(), text(submit), Instant.now(),
                System.nanoTime());
        record(sms);
        log.info("In-process SMSC accepted SMS {} to {}: {}", sms.messageId(), PhoneMasker.mask(sms.destination()), sms.text());
        if (SMSCDeliveryReceipt.SUCCESS_FAILURE.containedIn(submit.getRegisteredDelivery())
                || SMSCDeliveryReceipt.FAILURE.containedIn(submit.getRegisteredDelivery())) {
            String status = receiptStatusByDestination.getOrDefault(sms.destination(), properties.receiptStatus());
            if (!NO_RECEIPT.equals(status)) {
                Instant validUntil = Instant.now().plus(RECEIPT_VALIDITY);
                workers.schedule(() -> sendReceipt(sms, DeliveryReceiptState.valueOf(status), validUntil),
                        properties.receiptDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return new SubmitSmResult(messageId, new OptionalParameter[0]);
    }

    private void record(ReceivedSms sms) {
        synchronized (received) {
            received.addLast(sms);
            if (received.size() > RECORDED) {
                received.removeFirst();
            }
        }
        observers.forEach(observer -> observer.accept(sms));
    }

    private void sendReceipt(ReceivedSms sms, DeliveryReceiptState state, Instant validUntil) {
        Date now = new Date();
        DeliveryReceipt receipt = new DeliveryReceipt(sms.messageId(), 1, state == DeliveryReceiptState.DELIVRD ? 1 : 0,
                Date.from(sms.receivedAt()), now, state, state == DeliveryReceiptState.DELIVRD ? "000" : "001", "");
        sessions.removeIf(session -> session.getSessionState() == SessionState.CLOSED);
        for (SMPPServerSession session : sessions) {
            if (!session.getSessionState().isReceivable()) {
                continue;
            }
            try {
                session.deliverShortMessage("", TypeOfNumber.NATIONAL, NumberingPlanIndicator.ISDN, sms.destination(),
                        TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "",
                        new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                        (byte) 0, (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO,
                        receipt.toString().getBytes(StandardCharsets.US_ASCII),
                        new OptionalParameter.Receipted_message_id(sms.messageId()),
                        new OptionalParameter.Message_state((byte) state.value()));
                return;
            } catch (Exception e) {
                log.debug("In-process SMSC could not hand over the receipt of {}: {}", sms.messageId(), e.getMessage());
            }
        }
        if (Instant.now().isBefore(validUntil) && !workers.isShutdown()) {
            workers.schedule(() -> sendReceipt(sms, state, validUntil), RECEIPT_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private MessageId newMessageId() {
        try {
            return new MessageId(Long.toHexString(nextMessageId.getAndIncrement()).toUpperCase());
        } catch (PDUStringException e) {
            throw new IllegalStateException("a hex counter is always a valid message id", e);
        }
    }

    /** UCS-2 (data coding 8) for Chinese, else the default alphabet read as ASCII; message_payload if used. */
    private static String text(SubmitSm submit) {
        byte[] payload = submit.getShortMessage();
        OptionalParameter long_ = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if ((payload == null || payload.length == 0) && long_ instanceof OptionalParameter.OctetString octets) {
            payload = octets.getValue();
        }
        return new String(payload == null ? new byte[0] : payload,
                (submit.getDataCoding() & 0x0F) == 0x08 ? StandardCharsets.UTF_16BE : StandardCharsets.US_ASCII);
    }

    /** jSMPP's listener does not tell which port it bound for 0, so a free one is picked first. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the in-process SMSC", e);
        }
    }

    private static SMPPServerSessionListener open(int port) {
        try {
            return new SMPPServerSessionListener(port, new LoopbackServerConnections());
        } catch (IOException e) {
            throw new UncheckedIOException("In-process SMSC cannot listen on port " + port, e);
        }
    }

    private synchronized void closeListener() {
        SMPPServerSessionListener closing = listener;
        listener = null;
        if (closing != null) {
            try {
                closing.close();
            } catch (IOException e) {
                log.debug("In-process SMSC: closing the listener: {}", e.getMessage());
            }
        }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("submit_multi");
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("query_sm");
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("replace_sm");
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("cancel_sm");
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
        throw unsupported("broadcast_sm");
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("cancel_broadcast_sm");
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("query_broadcast_sm");
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw unsupported("data_sm");
    }

    private static ProcessRequestException unsupported(String command) {
        return new ProcessRequestException(command + " is not supported by the in-process SMSC", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
