package city.hotline.rules;

import city.hotline.rules.facts.Denial;
import city.hotline.rules.facts.Evidence;
import city.hotline.rules.facts.ModelVote;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Records, as the rules fire, their names and the evidence each one matched, and the words the
 * text set aside (denied, supposed, named as a risk), which no rule matches but which explain
 * why a danger word did not count, and the learned model's vote, which a supervisor reads beside
 * the rules whether or not a rule followed it.
 */
final class Explanation extends DefaultAgendaEventListener {

    private final Set<String> rules = new LinkedHashSet<>();
    /** The evidence itself, described once at the end: a fact matched by several rules is one entry. */
    private final Set<Evidence> facts = new LinkedHashSet<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        rules.add(event.getMatch().getRule().getName());
        for (Object fact : event.getMatch().getObjects()) {
            if (fact instanceof Evidence evidence) {
                facts.add(evidence);
            }
        }
    }

    void setAside(List<Object> facts) {
        for (Object fact : facts) {
            if (fact instanceof Denial || fact instanceof ModelVote) {
                this.facts.add((Evidence) fact);
            }
        }
    }

    List<String> rules() {
        return List.copyOf(rules);
    }

    List<String> matchedFacts() {
        return facts.stream().map(Evidence::describe).distinct().toList();
    }
}
