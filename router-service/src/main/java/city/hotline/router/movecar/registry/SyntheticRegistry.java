package city.hotline.router.movecar.registry;

import city.hotline.schemas.VehicleRegistration;
import org.springframework.core.io.ClassPathResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic vehicle registry for the embedded default, the tests and the benchmark: the same
 * seed and size always give the same vehicles, so a benchmark can tell a registered plate from an unknown one
 * without asking the registry.
 *
 * <p>Plates follow the real shapes (see {@code REFERENCE.md}, "Chinese plates"): ordinary blue plates, large
 * yellow ones and trailers ({@code 挂}), small new-energy green plates ({@code 粤BD12345}: D or F first) and
 * large new-energy yellow-green ones (D or F last), registered in a Xiamen-like mix of provinces
 * ({@code movecar/plate-regions.csv}). Every plate is one that the rules' {@code Plates.normalise} reads back
 * unchanged (its test checks them all; checking here would double the seeding time).
 *
 * <p>Owner numbers are synthetic: {@code 17000} and six digits, 170-0000-0000 to 170-0099-8999 for generated
 * vehicles, 170-0099-9xxx for the sample vehicles of the docs and the demo ({@code movecar/sample-vehicles.csv}).
 */
public final class SyntheticRegistry {

    /** A vehicle and the registry id it is filed under (the event's subject). */
    public record Vehicle(String vehicleId, VehicleRegistration registration) {
    }

    static final String OWNER_PREFIX = "17000";
    /** Generated owners stop below the sample vehicles' block 17000999xxx. */
    public static final int MAX_VEHICLES = 999_000;

    private static final String REGIONS = "movecar/plate-regions.csv";
    private static final String SAMPLES = "movecar/sample-vehicles.csv";
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private enum Kind {
        ORDINARY("蓝", 80), LARGE("黄", 6), TRAILER("黄", 1), SMALL_NEW_ENERGY("绿", 12), LARGE_NEW_ENERGY("黄绿", 1);

        final String colour;
        final int share;

        Kind(String colour, int share) {
            this.colour = colour;
            this.share = share;
        }
    }

    private record Region(char province, String cityLetters, int share) {
    }

    private final long seed;
    private final int size;

    /** @param size generated vehicles, at most {@link #MAX_VEHICLES}; the sample vehicles come on top */
    public SyntheticRegistry(long seed, int size) {
        if (size < 0 || size > MAX_VEHICLES) {
            throw new IllegalArgumentException("a synthetic registry holds 0 to " + MAX_VEHICLES + " vehicles, not " + size);
        }
        this.seed = seed;
        this.size = size;
    }

    /** The sample vehicles first, then the generated ones; every plate once. */
    public List<Vehicle> vehicles() {
        List<Vehicle> vehicles = new ArrayList<>(size + 8);
        Set<String> plates = new HashSet<>();
        for (Vehicle sample : samples()) {
            vehicles.add(sample);
            plates.add(sample.registration().plate());
        }
        List<Region> regions = regions();
        Random random = new Random(seed);
        for (int i = 0; i < size; i++) {
            String plate;
            Kind kind;
            do {
                kind = pick(random);
                plate = plate(random, pickRegion(random, regions), kind);
            } while (!plates.add(plate));
            vehicles.add(new Vehicle("VEH%07d".formatted(i),
                    new VehicleRegistration(plate, kind.colour, OWNER_PREFIX + "%06d".formatted(i))));
        }
        return vehicles;
    }

    private static String plate(Random random, Region region, Kind kind) {
        StringBuilder plate = new StringBuilder().append(region.province())
                .append(region.cityLetters().charAt(random.nextInt(region.cityLetters().length())));
        switch (kind) {
            case ORDINARY, LARGE -> ordinarySerial(random, plate);
            case TRAILER -> plate.append(digits(random, 4)).append('挂');
            case SMALL_NEW_ENERGY -> plate.append(random.nextBoolean() ? 'D' : 'F')
                    .append(random.nextInt(10) < 3 ? letter(random) : (char) ('0' + random.nextInt(10)))
                    .append(digits(random, 4));
            case LARGE_NEW_ENERGY -> plate.append(digits(random, 5)).append(random.nextBoolean() ? 'D' : 'F');
        }
        return plate.toString();
    }

    /** Five characters, mostly digits: real ordinary serials have at most a couple of letters. */
    private static void ordinarySerial(Random random, StringBuilder plate) {
        int letters = 0;
        for (int i = 0; i < 5; i++) {
            if (letters < 2 && random.nextInt(100) < 15) {
                plate.append(letter(random));
                letters++;
            } else {
                plate.append((char) ('0' + random.nextInt(10)));
            }
        }
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static char letter(Random random) {
        return LETTERS.charAt(random.nextInt(LETTERS.length()));
    }

    private static Kind pick(Random random) {
        int roll = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            roll -= kind.share;
            if (roll < 0) {
                return kind;
            }
        }
        return Kind.ORDINARY;
    }

    private static Region pickRegion(Random random, List<Region> regions) {
        int roll = random.nextInt(100);
        for (Region region : regions) {
            roll -= region.share();
            if (roll < 0) {
                return region;
            }
        }
        return regions.get(0);
    }

    private static List<Region> regions() {
        List<Region> regions = readCsv(REGIONS).stream()
                .map(f -> new Region(f[0].charAt(0), f[1], Integer.parseInt(f[2]))).toList();
        int total = regions.stream().mapToInt(Region::share).sum();
        if (total != 100) {
            throw new IllegalStateException(REGIONS + " shares add up to " + total + ", not 100");
        }
        return regions;
    }

    private static List<Vehicle> samples() {
        List<String[]> rows = readCsv(SAMPLES);
        List<Vehicle> samples = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            samples.add(new Vehicle("VEHS%04d".formatted(i + 1), new VehicleRegistration(f[0], f[1], f[2])));
        }
        return samples;
    }

    private static List<String[]> readCsv(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
