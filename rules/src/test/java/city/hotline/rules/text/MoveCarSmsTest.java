package city.hotline.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MoveCarSmsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "移车:闽D12345#蓝#湖滨南路与体育路口          | 闽D12345  | 蓝 | 湖滨南路与体育路口",
            "移车：闽D12345＃蓝＃湖滨南路与体育路口        | 闽D12345  | 蓝 | 湖滨南路与体育路口",   // full-width
            "移车 : 闽D12345 # 蓝 # 湖滨南路与体育路口     | 闽D12345  | 蓝 | 湖滨南路与体育路口",   // spaces
            "挪车:闽D12345#蓝#湖滨南路与体育路口          | 闽D12345  | 蓝 | 湖滨南路与体育路口",   // 挪车
            "移车:闽d·12345#蓝#湖滨南路与体育路口         | 闽D12345  | 蓝 | 湖滨南路与体育路口",   // lower case, dot
            "移车:闽D12345##湖滨南路与体育路口            | 闽D12345  | -  | 湖滨南路与体育路口",   // colour left empty
            "移车:闽D12345#湖滨南路与体育路口             | 闽D12345  | -  | 湖滨南路与体育路口",   // colour missing
            "移车:蓝#闽D12345#湖滨南路与体育路口          | 闽D12345  | 蓝 | 湖滨南路与体育路口",   // out of order
            "移车:湖滨南路与体育路口#蓝色#闽D12345        | 闽D12345  | 蓝 | 湖滨南路与体育路口",
            "移车:粤BD61872#绿牌#南山区科技园             | 粤BD61872 | 绿 | 南山区科技园",
            "移车 浙a 7k2p9 蓝 杭州文三路电子市场后门     | 浙A7K2P9  | 蓝 | 杭州文三路电子市场后门", // spaces for hashes
            "移车闽D12345                                 | 闽D12345  | -  | -",
            "移车:闽D1#蓝#湖滨南路                        | -         | 蓝 | 湖滨南路",             // plate unreadable
    })
    void readsTheSelfServiceFormatInItsLooseForms(String text, String plate, String colour, String place) {
        assertThat(MoveCarSms.parse(text)).contains(new MoveCarSms(plate, colour, place));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "我要挪车，车库门口被堵了，车牌京Q5M8K3",
            "挪车申请：车牌 桂b·f30918，停放位置 柳州某小区地下车库入口",
            "移车怎么办理啊",
            "闽D12345#蓝#湖滨南路",
    })
    void isEmptyForTextNotInTheFormat(String text) {
        assertThat(MoveCarSms.parse(text)).isEmpty();
    }
}
