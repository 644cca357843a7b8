package city.hotline.bench;

import city.hotline.rules.ClassificationRequest;

import java.util.List;

/** A mix of requests as the router sees them: short calls for each line, an SMS, a transcript, a web post. */
final class Requests {

    static final List<ClassificationRequest> MIX = List.of(
            call("我刚在地铁上手机被偷了"),
            call("楼下烧烤摊两桌人干起来了，有人拿酒瓶砸人"),
            call("小区7栋着火了，消防通道被一辆黑色轿车堵死了，车牌京N 8R265"),
            call("我们这片从早上到现在一直停水，也没通知"),
            call("隔壁工地晚上十一点了还在打桩，吵得睡不着"),
            call("有辆白色面包车把我的车堵死了，车牌没看清，在望京西园三区"),
            new ClassificationRequest("sms", "移车：闽D12345＃蓝＃湖滨南路与体育路口", null),
            call("接警员：您好，哪里需要帮助？报警人：我爸有老年痴呆，早上出门到现在还没回来。接警员：穿什么衣服？报警人：灰色外套"),
            new ClassificationRequest("open311",
                    "关于小区物业乱收费的问题 本人是某小区业主，物业公司从去年开始每月多收停车管理费，"
                            + "业主多次向物业反映，物业一直推脱，电梯也经常坏，维修基金使用不公开，希望有关部门尽快调查处理。", null),
            call("两辆车在路口追尾了，没有人受伤，双方对责任有争议"));

    private Requests() {
    }

    private static ClassificationRequest call(String text) {
        return new ClassificationRequest("call", text, null);
    }
}
