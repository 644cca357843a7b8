package city.hotline.router.movecar.sms;

import city.hotline.router.movecar.MoveCarMetrics;
import city.hotline.router.movecar.MoveCarProperties;
import city.hotline.router.movecar.registry.VehicleRegistry;
import city.hotline.router.movecar.smsc.InProcessSmsc;
import city.hotline.schemas.EventCodec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;

/**
 * The move-car role's SMS side: the SMPP gateway (to the in-process SMSC when it runs, else to
 * {@code router.movecar.sms.host:port}), its delivery receipts, and the sender that drains
 * {@code movecar.sms.requests}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.movecar", havingValue = "true", matchIfMissing = true)
class SmsConfiguration {

    @Bean
    ReceiptPublisher receiptPublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        return new ReceiptPublisher(kafka, codec);
    }

    @Bean
    SmppSmsGateway smsGateway(SmsProperties properties, ObjectProvider<InProcessSmsc> inProcessSmsc,
                              ReceiptPublisher receipts, Clock clock) {
        InProcessSmsc local = inProcessSmsc.getIfAvailable();
        DeliveryReceiptListener listener = new DeliveryReceiptListener(receipts::publish, clock);
        return local == null
                ? new SmppSmsGateway(properties.host(), properties.port(), properties, listener)
                : new SmppSmsGateway("localhost", local.port(), properties, listener);
    }

    @Bean
    SmsSender smsSender(SmsGateway gateway, VehicleRegistry registry, SmsProperties properties, MoveCarMetrics metrics,
                        Clock clock) {
        return new SmsSender(gateway, registry, properties, metrics, clock);
    }

    @Bean
    SmsSenderContainer smsSenderContainer(KafkaProperties kafka, SmsProperties properties, MoveCarProperties moveCar,
                                          SmsSender sender, EventCodec codec, MoveCarMetrics metrics, Clock clock) {
        return new SmsSenderContainer(kafka, properties, moveCar.applicationId() + "-sms-sender",
                moveCar.latency().fetchMaxWait(),
                template -> new SmsRequestListener(sender, properties.concurrency(), template, codec, metrics, clock));
    }
}
