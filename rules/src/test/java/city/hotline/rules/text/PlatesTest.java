package city.hotline.rules.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlatesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "闽D12345      | 闽D12345",
            "闽d·12345     | 闽D12345",     // lower case, middle dot
            "闽D 12345     | 闽D12345",
            "苏e-8h6n2     | 苏E8H6N2",     // hyphen
            "皖A.D67823    | 皖AD67823",    // ASCII dot, new energy
            "琼Ａ·８２Ｌ６５ | 琼A82L65",     // full-width letters and digits
            "陕A 7 K 2 9 5 | 陕A7K295",     // spaced out character by character
            "粤B D 63521   | 粤BD63521",    // new energy with spaces
            "沪AF23991     | 沪AF23991",
            "粤B12345D     | 粤B12345D",    // large new-energy vehicle
            "鲁B 2786挂    | 鲁B2786挂",    // trailer
            "湘A·3529学    | 湘A3529学",    // learner
            "粤Z·B275港    | 粤ZB275港",    // Hong Kong cross-border
            "京A1234警     | 京A1234警",
            "民D12345      | 闽D12345",     // speech-to-text homophone of the province
            "月B12345      | 粤B12345",
            "闽D幺两三拐洞 | 闽D12370",     // spoken digits
    })
    void normalisesPlatesAsCallersWriteThem(String raw, String plate) {
        assertThat(Plates.normalise(raw)).contains(plate);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "12345",            // no province
            "京12345",          // no letter
            "京I12345",         // I is never a plate letter
            "京A1O345",         // nor O
            "京A1234",          // too short
            "京A123456",        // six characters but not a new-energy shape
            "京A1234567",       // too long
            "京A12345 and more",
            "黔A12345",         // 黔 is not a plate character (贵 is)
    })
    void rejectsWhatIsNotExactlyOnePlate(String raw) {
        assertThat(Plates.normalise(raw)).isEmpty();
    }

    @Test
    void findsEveryPlateInTextInOrder() {
        assertThat(Plates.findAll("不是后面那辆闽D12345，是前面白色那辆闽D·5T829"))
                .extracting(PlateMatch::plate)
                .containsExactly("闽D12345", "闽D5T829");
    }

    @Test
    void doesNotTakePlatesOutOfPhoneNumbersOrAddresses() {
        assertThat(Plates.findAll("我电话13912345678，住锦绣花园3栋502，停车场B2层")).isEmpty();
    }

    @Test
    void readsThePlateColourStatedNextToThePlate() {
        assertThat(Plates.findAll("有辆黄牌大货车川A·5T682把大门堵了")).containsExactly(new PlateMatch("川A5T682", "黄"));
        assertThat(Plates.findAll("前面那辆是沪A·F23991，绿牌新能源")).containsExactly(new PlateMatch("沪AF23991", "绿"));
        assertThat(Plates.findAll("移车:闽D12345#黄绿#湖滨南路")).containsExactly(new PlateMatch("闽D12345", "黄绿"));
        assertThat(Plates.findAll("浙a 7k2p9 蓝 杭州文三路")).containsExactly(new PlateMatch("浙A7K2P9", "蓝"));
    }

    @Test
    void theCarsColourIsNotThePlateColour() {
        assertThat(Plates.findAll("堵我的是苏A 9C2L7，白色的")).containsExactly(new PlateMatch("苏A9C2L7", null));
    }
}
