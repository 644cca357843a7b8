package city.hotline.rules;

import city.hotline.rules.facts.Cue;
import city.hotline.rules.facts.DialledLine;
import city.hotline.rules.facts.KeywordHit;
import city.hotline.rules.facts.PlateFact;
import city.hotline.rules.lexicon.Lexicon;
import city.hotline.rules.lexicon.WordGroup;
import city.hotline.rules.text.MoveCarSms;
import city.hotline.rules.text.PlateMatch;
import city.hotline.rules.text.Plates;
import city.hotline.rules.text.TextNormaliser;

import java.util.ArrayList;
import java.util.List;

/** Turns a request into the facts the rules read: keyword hits, cues, plates, the dialled line. */
final class Features {

    private Features() {
    }

    static List<Object> of(ClassificationRequest request, Lexicon lexicon) {
        String text = TextNormaliser.normalise(request.text());
        List<Object> facts = new ArrayList<>();
        lexicon.find(text).forEach(hit -> {
            WordGroup group = hit.group();
            facts.add(group.isCue()
                    ? new Cue(group.name(), hit.word())
                    : new KeywordHit(group.name(), group.line(), group.department(), hit.word(), hit.position()));
        });
        List<PlateMatch> plates = plates(text);
        for (int i = 0; i < plates.size(); i++) {
            facts.add(new PlateFact(plates.get(i).plate(), plates.get(i).colour(), i));
        }
        if (request.dialledLine() != null) {
            facts.add(new DialledLine(request.dialledLine().strip()));
        }
        return facts;
    }

    /** A self-service SMS names its plate and colour in fields; other text is searched for plates. */
    private static List<PlateMatch> plates(String text) {
        return MoveCarSms.parse(text)
                .filter(sms -> sms.plate() != null)
                .map(sms -> List.of(new PlateMatch(sms.plate(), sms.plateColour())))
                .orElseGet(() -> Plates.findAll(text));
    }
}
