package city.hotline.router.movecar.sms;

import city.hotline.router.movecar.smsc.InProcessSmsc;
import city.hotline.router.movecar.smsc.SmscProperties;
import city.hotline.schemas.SmsReceipt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/** The real jSMPP client (the production gateway) against the real jSMPP server (the in-process SMSC). */
class SmppSmsGatewayTest {

    private static final String OWNER = "17000999001";

    private final List<SmsReceipt> receipts = new CopyOnWriteArrayList<>();
    /** The account the in-process SMSC accepts and the gateway binds with, as the embedded profile gives both. */
    private static final Binder BINDER = new Binder(new MapConfigurationPropertySource(Map.of(
            "router.movecar.smsc.port", "0", "router.movecar.smsc.receipt-delay", "10ms",
            "router.movecar.sms.password", "smpptest")));

    private SmsProperties sms;
    private InProcessSmsc smsc;
    private SmppSmsGateway gateway;

    @BeforeEach
    void startSmscAndGateway() {
        sms = BINDER.bindOrCreate("router.movecar.sms", SmsProperties.class);
        smsc = new InProcessSmsc(BINDER.bindOrCreate("router.movecar.smsc", SmscProperties.class), sms.systemId(), sms.password());
        smsc.start();
        gateway = new SmppSmsGateway("localhost", smsc.port(), sms, new DeliveryReceiptListener(receipts::add, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        gateway.close();
        smsc.stop();
    }

    @Test
    void theInProcessSmscTakesConnectionsOnTheLoopbackAddressOnly() throws Exception {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeThat(external).as("a network address other than loopback").isPresent();

        try (Socket local = new Socket(InetAddress.getLoopbackAddress(), smsc.port())) {
            assertThat(local.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> new Socket(external.get(), smsc.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void chineseTextArrivesIntactAndItsDeliveryReceiptComesBackWithTheSameMessageId() throws Exception {
        String messageId = gateway.submit(OWNER, "【114挪车】您的车辆闽D12345停在湖滨南路，有人正在等候，请尽快挪车。");

        assertThat(smsc.receivedBy(OWNER)).singleElement().satisfies(sms -> {
            assertThat(sms.messageId()).isEqualTo(messageId);
            assertThat(sms.text()).isEqualTo("【114挪车】您的车辆闽D12345停在湖滨南路，有人正在等候，请尽快挪车。");
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(receipts).singleElement().satisfies(receipt -> {
            assertThat(receipt.smscMessageId()).isEqualTo(messageId);
            assertThat(receipt.status()).isEqualTo("DELIVRD");
        }));
    }

    @Test
    void aTextLongerThanOneSmsTravelsAsMessagePayload() throws Exception {
        String text = "挪车".repeat(60);

        gateway.submit(OWNER, text);

        assertThat(smsc.receivedBy(OWNER)).singleElement().satisfies(sms -> assertThat(sms.text()).isEqualTo(text));
    }

    @Test
    void aFailedDeliveryComesBackAsItsReceiptStatus() throws Exception {
        smsc.receiptStatusFor(OWNER, "UNDELIV");

        String messageId = gateway.submit(OWNER, "您的车辆挡住了通行");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(receipts).singleElement()
                .satisfies(receipt -> assertThat(receipt.status()).isEqualTo("UNDELIV"))
                .extracting(SmsReceipt::smscMessageId).isEqualTo(messageId));
    }

    @Test
    void aCentreThatIsDownIsUnavailableAndTheGatewayRebindsWhenItIsBack() throws Exception {
        gateway.submit(OWNER, "第一条");
        smsc.goDown();

        SmscUnavailableException down = catchThrowableOfType(SmscUnavailableException.class, () -> gateway.submit(OWNER, "第二条"));
        smsc.comeBack();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> gateway.submit(OWNER, "第三条") != null);

        assertThat(down).isNotNull();
        assertThat(smsc.receivedBy(OWNER)).extracting(sms -> sms.text()).containsExactly("第一条", "第三条");
    }

    @Test
    void aReceiptTheClientCouldNotStoreIsSentAgain() throws Exception {
        List<SmsReceipt> stored = new CopyOnWriteArrayList<>();
        int[] refusals = {1};
        gateway.close();
        gateway = new SmppSmsGateway("localhost", smsc.port(), sms, new DeliveryReceiptListener(receipt -> {
                    if (refusals[0]-- > 0) {
                        throw new IllegalStateException("broker down");
                    }
                    stored.add(receipt);
                }, Clock.systemUTC()));

        String messageId = gateway.submit(OWNER, "回执重发");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(stored).extracting(SmsReceipt::smscMessageId).containsExactly(messageId));
    }
}
