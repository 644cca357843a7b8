package city.hotline.rules.frames;

import city.hotline.rules.facts.CrowdFrame;
import city.hotline.rules.facts.Frame;
import city.hotline.rules.facts.HarmFrame;
import city.hotline.rules.facts.HazardFrame;
import city.hotline.rules.facts.ObstructionFrame;
import city.hotline.rules.facts.OfficerActFrame;
import city.hotline.rules.facts.RequestKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads frames from the concepts a request mentions: who does what to whom, where and when. A
 * frame is read within one sentence, because "车停在门口" and "我出不去" belong together only
 * when they are said together; a crowd and an officer's act are read over the whole request,
 * as a caller tells them in several sentences.
 *
 * <p>The concepts are the concept table's (lexicon.csv) group names; the rules read the frames
 * (police-categories.drl, move-car.drl, precedence.drl), not these names.
 */
public final class Frames {

    /** A concept's word the text states as fact (denied words never get here). */
    public record Mention(String concept, String word, int position, boolean past) {
    }

    private static final Set<String> HARM_ACTS = Set.of("assault", "fight", "domestic_violence", "sexual_assault",
            "kidnapping", "robbery", "threat");
    private static final Set<String> HAZARDS = Set.of("fire", "explosion_collapse", "flood_landslide", "gas_leak",
            "drowning");
    private static final Set<String> AT_RISK = Set.of("person", "vulnerable", "trapped", "call_for_help");
    /** What a crowd does that makes it an incident; "parked": dozens of drivers leaving their cars across a junction. */
    private static final Set<String> CROWD_ACTIONS = Set.of("gathering", "blocking", "parked", "fight", "mass_incident");
    private static final Set<String> OFFICER_ACTS = Set.of("abuse_of_power", "police_misconduct");
    private static final Map<RequestKind.Kind, String> REQUEST_CONCEPTS = new EnumMap<>(Map.of(
            RequestKind.Kind.EMERGENCY_NOW, "now",
            RequestKind.Kind.PAST_REPORT, "past",
            RequestKind.Kind.COMPLAINT, "complaint",
            RequestKind.Kind.CONSULTATION, "consultation",
            RequestKind.Kind.SUGGESTION, "suggestion"));
    private static final String SENTENCE_ENDS = "。！？!?；;\n";

    private Frames() {
    }

    /**
     * @param text     the normalised text the positions refer to
     * @param mentions the concepts' words stated as fact, in text order
     * @param plate    a plate the request gives, which stands for a vehicle in every sentence; or {@code null}
     * @param crowds   crowds stated as numbers ({@code 三十多个工人})
     */
    public static List<Frame> read(String text, List<Mention> mentions, String plate, List<String> crowds) {
        List<Frame> frames = new ArrayList<>();
        for (List<Mention> sentence : sentences(text, mentions)) {
            harm(sentence).ifPresent(frames::add);
            obstruction(sentence, plate).ifPresent(frames::add);
            frames.addAll(hazards(sentence));
        }
        crowd(mentions, crowds).ifPresent(frames::add);
        officerAct(mentions).ifPresent(frames::add);
        REQUEST_CONCEPTS.forEach((kind, concept) -> first(mentions, concept)
                .ifPresent(mention -> frames.add(new RequestKind(kind, mention.word()))));
        return frames;
    }

    private static Optional<Frame> harm(List<Mention> sentence) {
        Optional<Mention> act = first(sentence, HARM_ACTS::contains);
        Optional<Mention> victim = first(sentence, Set.of("person", "vulnerable")::contains);
        Optional<Mention> injury = first(sentence, "injury");
        Optional<Mention> distress = first(sentence, "call_for_help");
        if (injury.isEmpty() && distress.isEmpty() && (act.isEmpty() || victim.isEmpty())) {
            return Optional.empty();
        }
        boolean now = stream(act, injury, distress).noneMatch(Mention::past);
        return Optional.of(new HarmFrame(act.map(m -> m.concept() + "=" + m.word()).orElse(null), word(victim),
                word(injury), word(distress), now));
    }

    private static Optional<Frame> obstruction(List<Mention> sentence, String plate) {
        Optional<Mention> vehicle = first(sentence, "vehicle");
        if (vehicle.isEmpty() && plate == null) {
            return Optional.empty();
        }
        Optional<Mention> place = first(sentence, "access_place");
        Optional<Mention> stance = first(sentence, concept -> concept.equals("parked") || concept.equals("blocking"));
        // A blocking word that says what the caller cannot do: 出不去, 开不出来, 进不来.
        Optional<Mention> stuck = sentence.stream()
                .filter(m -> m.concept().equals("blocking") && m.word().contains("不")).findFirst();
        if (place.isEmpty() && stance.isEmpty() || stream(vehicle, place, stance, stuck).allMatch(Mention::past)) {
            return Optional.empty();
        }
        return Optional.of(new ObstructionFrame(vehicle.map(Mention::word).orElse(plate), word(place),
                word(stance.filter(m -> stuck.isEmpty() || m != stuck.get())), word(stuck)));
    }

    private static List<Frame> hazards(List<Mention> sentence) {
        List<Frame> hazards = new ArrayList<>();
        Optional<Mention> atRisk = first(sentence, AT_RISK::contains);
        first(sentence, HAZARDS::contains).ifPresent(hazard -> hazards.add(
                new HazardFrame(hazard.concept(), hazard.word(), word(atRisk), !hazard.past())));
        Optional<Mention> vulnerable = first(sentence, "vulnerable");
        Optional<Mention> exposed = first(sentence, concept -> concept.equals("alone") || concept.equals("perilous_place"));
        if (vulnerable.isPresent() && exposed.isPresent()) {
            hazards.add(new HazardFrame("exposure", vulnerable.get().word(), exposed.get().word(),
                    !vulnerable.get().past() && !exposed.get().past()));
        }
        return hazards;
    }

    private static Optional<Frame> crowd(List<Mention> mentions, List<String> crowds) {
        Optional<String> size = first(mentions, "crowd").map(Mention::word).or(() -> crowds.stream().findFirst());
        Optional<Mention> action = first(mentions, CROWD_ACTIONS::contains);
        return size.isPresent() && action.isPresent()
                ? Optional.of(new CrowdFrame(size.get(), action.get().word())) : Optional.empty();
    }

    private static Optional<Frame> officerAct(List<Mention> mentions) {
        Optional<Mention> officer = first(mentions, "police_officer");
        Optional<Mention> act = first(mentions, OFFICER_ACTS::contains);
        return officer.isPresent() && act.isPresent()
                ? Optional.of(new OfficerActFrame(officer.get().word(), act.get().word())) : Optional.empty();
    }

    private static List<List<Mention>> sentences(String text, List<Mention> mentions) {
        List<List<Mention>> sentences = new ArrayList<>();
        List<Mention> current = new ArrayList<>();
        int end = sentenceEnd(text, 0);
        for (Mention mention : mentions) {
            if (mention.position() >= end) {
                sentences.add(current);
                current = new ArrayList<>();
                end = sentenceEnd(text, mention.position());
            }
            current.add(mention);
        }
        sentences.add(current);
        return sentences;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static Optional<Mention> first(List<Mention> mentions, String concept) {
        return first(mentions, concept::equals);
    }

    private static Optional<Mention> first(List<Mention> mentions, Predicate<String> concept) {
        for (Mention mention : mentions) { // a loop: this runs a dozen times for every request
            if (concept.test(mention.concept())) {
                return Optional.of(mention);
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static java.util.stream.Stream<Mention> stream(Optional<Mention>... mentions) {
        return java.util.Arrays.stream(mentions).flatMap(Optional::stream);
    }

    private static String word(Optional<Mention> mention) {
        return mention.map(Mention::word).orElse(null);
    }
}
