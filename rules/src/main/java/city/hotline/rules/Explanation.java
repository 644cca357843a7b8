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
    private final Set<String> facts = new LinkedHashSet<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        rules.add(event.getMatch().getRule().getName());
        for (Object fact : event.getMatch().getObjects()) {
            if (fact instanceof Evidence evidence) {
                facts.add(evidence.describe());
            }
        }
    }

    void setAside(List<Object> facts) {
        facts.stream().filter(fact -> fact instanceof Denial || fact instanceof ModelVote)
                .map(fact -> ((Evidence) fact).describe()).forEach(this.facts::add);
    }

    List<String> rules() {
        return List.copyOf(rules);
    }

    List<String> matchedFacts() {
        return List.copyOf(facts);
    }
}
