package city.hotline.router.movecar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

    private final SmsText text = new SmsText("您的车辆{plate}停在{place}，有人正在等候", "您的车辆{plate}挡住了通行，有人正在等候");

    @Test
    void thePlateAndThePlaceFillTheTemplate() {
        assertThat(text.forOwner("闽D12345", "湖滨南路与体育路口")).isEqualTo("您的车辆闽D12345停在湖滨南路与体育路口，有人正在等候");
    }

    @Test
    void withoutAPlaceTheOtherTemplateIsUsed() {
        assertThat(text.forOwner("闽D12345", null)).isEqualTo("您的车辆闽D12345挡住了通行，有人正在等候");
        assertThat(text.forOwner("闽D12345", " ")).isEqualTo("您的车辆闽D12345挡住了通行，有人正在等候");
    }

    @Test
    void aNumberTheCallerWroteIntoThePlaceNeverReachesTheOwner() {
        assertThat(text.forOwner("闽D12345", "体育路口 打13912345678")).doesNotContain("13912345678").contains("139****5678");
    }

    @Test
    void aLongPlaceIsShortenedSoTheSmsStaysShort() {
        String place = "湖滨南路".repeat(20);

        assertThat(text.forOwner("闽D12345", place)).contains("…").hasSizeLessThan(60);
    }
}
