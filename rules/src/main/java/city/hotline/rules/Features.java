package city.hotline.rules;

import city.hotline.rules.catalogue.ItemDictionary;
import city.hotline.rules.facts.Channel;
import city.hotline.rules.facts.Cue;
import city.hotline.rules.facts.Denial;
import city.hotline.rules.facts.DialledLine;
import city.hotline.rules.facts.ItemExclusion;
import city.hotline.rules.facts.ItemHit;
import city.hotline.rules.facts.KeywordHit;
import city.hotline.rules.facts.PlateFact;
import city.hotline.rules.facts.TransferClaim;
import city.hotline.rules.frames.Frames;
import city.hotline.rules.lexicon.Lexicon;
import city.hotline.rules.lexicon.WordGroup;
import city.hotline.rules.lexicon.WordHit;
import city.hotline.rules.model.ModelInput;
import city.hotline.rules.text.CalendarDates;
import city.hotline.rules.text.Crowds;
import city.hotline.rules.text.Denials;
import city.hotline.rules.text.MoveCarSms;
import city.hotline.rules.text.PlateMatch;
import city.hotline.rules.text.Plates;
import city.hotline.rules.text.Segmenter;
import city.hotline.rules.text.Tense;
import city.hotline.rules.text.TextNormaliser;
import city.hotline.rules.text.Token;
import city.hotline.rules.text.Transcript;
import city.hotline.rules.text.TransferHeader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a request into the facts the rules read.
 *
 * <ol>
 *   <li>Normalise the text; take a transfer header off as a {@link TransferClaim}.</li>
 *   <li>Keep what the caller states: in a transcript, the caller's turns and the operator's
 *       questions the caller confirmed.</li>
 *   <li>Find lexicon words and transfer-item words, the longer kept where a word of one overlaps a
 *       word of the other. A 110/114 word the text denies, supposes or names as a risk becomes a
 *       {@link Denial} instead of a hit; each hit knows whether it is told as past.</li>
 *   <li>Add crowds stated as numbers, dates (past cues), plates, and the dialled line.</li>
 *   <li>Read frames (who does what to whom, when) from the words stated as fact.</li>
 * </ol>
 *
 * <p>The words come from segmenting the text ({@link Segmenter}); the concept table finds its
 * curated phrases in the text and its thesaurus words among the segmented words. The same
 * reading gives the learned model its input ({@link #modelInput()}).
 */
final class Features {

    /** Lexicon grammar groups that say a nearby word is not stated as fact, by what they do to it. */
    private static final Map<String, Denials.Kind> DENYING_GROUPS = Map.of(
            "negation", Denials.Kind.NEGATION,
            "hypothesis", Denials.Kind.HYPOTHESIS,
            "risk", Denials.Kind.RISK);
    private static final String PAST = "past";
    private static final String NOW = "now";
    /** Grammar groups that become cues for the rules; the others only shape the facts. */
    private static final Set<String> TIME_GROUPS = Set.of(PAST, NOW);

    private final String stated;
    private final List<Token> tokens;
    private final List<WordHit> words;
    private final List<ItemDictionary.Found> itemWords;
    private final Denials denials;
    private final Tense tense;
    private final List<Integer> dates;
    private final List<Object> facts = new ArrayList<>();
    private final List<Frames.Mention> mentions = new ArrayList<>();

    private Features(String stated, Lexicon lexicon, ItemDictionary items, Segmenter segmenter) {
        this.stated = stated;
        this.tokens = segmenter.tokens(stated);
        this.words = lexicon.find(stated, tokens);
        this.itemWords = items.find(stated);
        this.dates = CalendarDates.find(stated);
        List<Integer> pastCues = new ArrayList<>(positionsOf(PAST));
        pastCues.addAll(dates);
        this.tense = new Tense(stated, pastCues, positionsOf(NOW));
        this.denials = new Denials(stated, words.stream()
                .filter(hit -> DENYING_GROUPS.containsKey(hit.group().name()))
                .map(hit -> new Denials.Marker(DENYING_GROUPS.get(hit.group().name()), hit.position(), hit.end()))
                .toList());
    }

    static Features of(ClassificationRequest request, Lexicon lexicon, ItemDictionary items, Segmenter segmenter) {
        String text = TextNormaliser.normalise(request.text());
        Optional<TransferHeader> header = TransferHeader.parse(text);
        String body = header.map(TransferHeader::body).orElse(text);
        String stated = Transcript.parse(body).map(Transcript::callerStatements).orElse(body);

        Features features = new Features(stated, lexicon, items, segmenter);
        header.ifPresent(h -> features.facts.add(new TransferClaim(h.from(), h.to())));
        features.addLexiconFacts();
        features.addItemFacts(items);
        features.addCountedFacts();
        if (request.dialledLine() != null) {
            features.facts.add(new DialledLine(request.dialledLine().strip()));
        }
        if (request.channel() != null) {
            features.facts.add(new Channel(request.channel().strip()));
        }
        return features;
    }

    /** The facts for the rules. */
    List<Object> facts() {
        return facts;
    }

    /**
     * What the learned model reads ({@link ModelInput}): the segmented words, the concepts stated as
     * fact, and the caller's text for character bigrams.
     *
     * <p>Digits say how many and which, not what kind of matter: a caller's phone number, a house
     * number or a time made the model near certain of a police matter by the chance of which digits
     * its corpus held. So every digit reads as 0 in a word, and a bigram holds no digit.
     */
    ModelInput modelInput() {
        List<String> modelWords = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (!"w".equals(token.nature())) {
                modelWords.add(digitsAsZero(token.word()));
            }
        }
        return new ModelInput(modelWords, mentions.stream().map(Frames.Mention::concept).toList(), stated);
    }

    /** The word itself when it holds no digit, as most do: no regex and no copy per token on the hot path. */
    private static String digitsAsZero(String word) {
        char[] chars = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '1' && c <= '9') {
                if (chars == null) {
                    chars = word.toCharArray();
                }
                chars[i] = '0';
            }
        }
        return chars == null ? word : new String(chars);
    }

    private void addLexiconFacts() {
        for (WordHit hit : words) {
            WordGroup group = hit.group();
            boolean framePass = WordGroup.FRAME.equals(group.line());
            if (group.isGrammar() && !TIME_GROUPS.contains(group.name()) || !framePass && givesWayToItemWord(hit)) {
                continue;
            }
            Optional<Denials.Kind> denied = denial(group.line(), hit.position(), hit.end());
            if (denied.isPresent()) {
                facts.add(new Denial(group.name(), hit.word(), reason(denied.get())));
                continue;
            }
            boolean past = tense.isPast(hit.position());
            if (!group.isCue()) {
                facts.add(new KeywordHit(group.name(), group.line(), group.department(), hit.word(), hit.position(),
                        past, hit.thesaurusClass()));
            } else if (!framePass) { // a frame word fills a frame's slot; only the frame is a fact for the rules
                facts.add(new Cue(group.name(), hit.word(), hit.thesaurusClass()));
            }
            mentions.add(new Frames.Mention(group.name(), hit.word(), hit.position(), past));
        }
        dates.forEach(at -> {
            facts.add(new Cue(PAST, "date@" + at));
            mentions.add(new Frames.Mention(PAST, "date@" + at, at, true));
        });
        mentions.sort(java.util.Comparator.comparingInt(Frames.Mention::position));
    }

    private void addItemFacts(ItemDictionary items) {
        Map<String, List<ItemDictionary.Found>> byItem = new LinkedHashMap<>();
        for (ItemDictionary.Found found : itemWords) {
            int end = found.position() + found.word().length();
            if (insideLongerLexiconWord(found.position(), end)) {
                continue;
            }
            Optional<Denials.Kind> denied = denial(found.item().line(), found.position(), end);
            if (denied.isPresent()) {
                facts.add(new Denial(found.item().code(), found.word(), reason(denied.get())));
            } else {
                byItem.computeIfAbsent(found.item().code(), code -> new ArrayList<>()).add(found);
            }
        }
        byItem.values().forEach(found -> facts.add(new ItemHit(found.get(0).item(),
                found.stream().map(ItemDictionary.Found::word).toList(),
                found.get(0).position(),
                found.stream().allMatch(f -> tense.isPast(f.position())))));
        // "没打架" does not set aside an item whose exclusion word is 打架.
        items.exclusions(stated).stream()
                .filter(excluded -> denials.of(excluded.position(), excluded.position() + excluded.word().length())
                        .isEmpty())
                .forEach(excluded -> facts.add(new ItemExclusion(excluded.item().code(), excluded.word())));
    }

    private void addCountedFacts() {
        List<String> crowds = Crowds.find(stated);
        crowds.forEach(crowd -> facts.add(new Cue("crowd", crowd)));
        List<PlateMatch> plates = plates(stated);
        for (int i = 0; i < plates.size(); i++) {
            facts.add(new PlateFact(plates.get(i).plate(), plates.get(i).colour(), i));
        }
        facts.addAll(Frames.read(stated, mentions, plates.isEmpty() ? null : plates.get(0).plate(), crowds));
    }

    /**
     * Denial guards against a danger that is not there; a hotline word keeps its negation, which
     * is the complaint itself (没有路灯, 没办狗证, 不发工资).
     */
    private Optional<Denials.Kind> denial(String line, int start, int end) {
        return "12345".equals(line) ? Optional.empty() : denials.of(start, end);
    }

    /**
     * A word inside a longer word of the other dictionary gives way to it: the longer is the more
     * specific phrase (聚众赌博 is gambling, whatever 聚众 alone names), as within one dictionary.
     * A 12345 word that is exactly an item's word gives way too: the item already counts it.
     */
    private boolean givesWayToItemWord(WordHit hit) {
        return itemWords.stream().anyMatch(found -> {
            int end = found.position() + found.word().length();
            boolean sameWord = found.position() == hit.position() && end == hit.end();
            return overlapsLonger(hit.position(), hit.end(), found.position(), end)
                    || sameWord && "12345".equals(hit.group().line());
        });
    }

    private boolean insideLongerLexiconWord(int start, int end) {
        return words.stream().filter(hit -> !hit.group().matchedApart())
                .anyMatch(hit -> overlapsLonger(start, end, hit.position(), hit.end()));
    }

    private static boolean overlapsLonger(int start, int end, int otherStart, int otherEnd) {
        return otherEnd - otherStart > end - start && otherStart < end && start < otherEnd;
    }

    private List<Integer> positionsOf(String group) {
        return words.stream().filter(hit -> hit.group().name().equals(group)).map(WordHit::position).toList();
    }

    private static String reason(Denials.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** A self-service SMS names its plate and colour in fields; other text is searched for plates. */
    private static List<PlateMatch> plates(String text) {
        return MoveCarSms.parse(text)
                .filter(sms -> sms.plate() != null)
                .map(sms -> List.of(new PlateMatch(sms.plate(), sms.plateColour())))
                .orElseGet(() -> Plates.findAll(text));
    }
}
