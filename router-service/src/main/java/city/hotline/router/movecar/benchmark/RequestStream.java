package city.hotline.router.movecar.benchmark;

import city.hotline.router.movecar.registry.SyntheticRegistry;
import city.hotline.schemas.Channel;
import city.hotline.schemas.TicketSubmission;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's callers: self-service move-car SMS ({@code 移车:车牌号#车牌颜色#停放地点}), each from its own
 * number and about a plate not reported before (so neither dedup nor the throttle holds any back), a share of
 * them about plates that are in no registry: {@code 藏A} plates, a region the synthetic registry never registers.
 */
final class RequestStream {

    /** One request, and the owner's number its SMS must reach (null for an unknown plate). */
    record Request(TicketSubmission submission, String ownerPhone) {
    }

    private static final String[] PLACES = {"湖滨南路与体育路口", "莲前西路288号", "嘉禾路与吕岭路口", "思明南路",
            "禾祥西路", "软件园二期观日路", "厦禾路", "环岛路椰风寨"};

    private final List<SyntheticRegistry.Vehicle> vehicles;
    private final double unknownShare;
    private final Random random;
    private int next;
    private int known;

    RequestStream(List<SyntheticRegistry.Vehicle> vehicles, double unknownShare, long seed) {
        this.vehicles = new ArrayList<>(vehicles);
        Collections.shuffle(this.vehicles, new Random(seed));
        this.unknownShare = unknownShare;
        this.random = new Random(seed);
    }

    Request next() {
        int n = next++;
        String caller = "138%08d".formatted(n);
        String place = PLACES[n % PLACES.length];
        if (random.nextDouble() < unknownShare) {
            return new Request(sms("藏A%05d".formatted(random.nextInt(100_000)), "蓝", place, caller), null);
        }
        if (known == vehicles.size()) {
            throw new IllegalStateException("the registry has no plate left that was not reported yet");
        }
        SyntheticRegistry.Vehicle vehicle = vehicles.get(known++);
        return new Request(sms(vehicle.registration().plate(), vehicle.registration().plateColour(), place, caller),
                vehicle.registration().ownerPhone());
    }

    private static TicketSubmission sms(String plate, String colour, String place, String caller) {
        return new TicketSubmission(Channel.SMS, "移车:" + plate + "#" + colour + "#" + place, caller, null, "114",
                null, null);
    }
}
