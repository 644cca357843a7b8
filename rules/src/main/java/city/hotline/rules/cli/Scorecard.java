package city.hotline.rules.cli;

import city.hotline.rules.Classification;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores decisions against labels: line on every row, police recall (rows expecting 110 sent
 * to 110) and false police alarms (other rows sent to 110; a noted external row, which describes
 * a police matter, is left out), category on rows expecting 110, department on rows expecting
 * 12345 (against the acceptable codes), plate on rows expecting 114; with confusion tables, line
 * and full results per phenomenon, and the misclassified ids.
 */
final class Scorecard {

    private record Score(int right, int total) {
        Score add(boolean ok) {
            return new Score(right + (ok ? 1 : 0), total + 1);
        }

        Score plus(Score other) {
            return new Score(right + other.right, total + other.total);
        }

        @Override
        public String toString() {
            return total == 0 ? "n/a (0 cases)"
                    : String.format("%.1f%% (%d/%d)", 100.0 * right / total, right, total);
        }
    }

    private Score line = new Score(0, 0);
    private Score lineUnflagged = new Score(0, 0);
    private Score category = new Score(0, 0);
    private Score department = new Score(0, 0);
    private Score departmentWhenRoutedTo12345 = new Score(0, 0);
    private Score plate = new Score(0, 0);
    private Score policeRecall = new Score(0, 0);
    private Score falsePoliceAlarms = new Score(0, 0);
    private int flagged;
    private final List<Long> micros = new ArrayList<>();
    private final Map<String, Map<String, Integer>> lineConfusion = new TreeMap<>();
    private final Map<String, Map<String, Integer>> categoryConfusion = new TreeMap<>();
    private final Map<String, Map<String, Integer>> departmentConfusion = new TreeMap<>();
    private final Map<String, Score> byPhenomenon = new TreeMap<>();
    private final Map<String, Score> lineByPhenomenon = new TreeMap<>();
    private final List<String> misclassified = new ArrayList<>();

    void add(LabelledCase expected, Classification got) {
        micros.add(got.tookMicros());
        List<String> wrong = new ArrayList<>();
        boolean lineOk = Objects.equals(expected.line(), got.line());
        line = line.add(lineOk);
        count(lineConfusion, expected.line(), got.line());
        if (expected.flagged()) {
            flagged++;
        } else {
            lineUnflagged = lineUnflagged.add(lineOk);
        }
        if (!lineOk) {
            wrong.add("line " + expected.line() + "→" + got.line());
        }
        boolean toPolice = "110".equals(got.line());
        if ("110".equals(expected.line())) {
            policeRecall = policeRecall.add(toPolice);
        } else if (!expected.flagged()) {
            falsePoliceAlarms = falsePoliceAlarms.add(toPolice);
        }
        switch (expected.line()) {
            case "110" -> {
                boolean ok = lineOk && Objects.equals(expected.category(), got.category());
                category = category.add(ok);
                count(categoryConfusion, String.valueOf(expected.category()),
                        "110".equals(got.line()) ? String.valueOf(got.category()) : got.line());
                if (!ok && lineOk) {
                    wrong.add("category " + expected.category() + "→" + got.category());
                }
            }
            case "12345" -> {
                boolean ok = lineOk && expected.departmentFits(got.department());
                department = department.add(ok);
                if (lineOk) {
                    departmentWhenRoutedTo12345 = departmentWhenRoutedTo12345.add(ok);
                }
                String wanted = expected.departments().isEmpty() ? "(none)" : expected.departments().get(0);
                count(departmentConfusion, wanted, lineOk ? String.valueOf(got.department()) : "line " + got.line());
                if (!ok && lineOk) {
                    wrong.add("department " + expected.departments() + "→" + got.department());
                }
            }
            case "114" -> {
                boolean ok = lineOk && (!expected.plateLabelled() || Objects.equals(expected.plate(), got.plate()));
                plate = plate.add(ok);
                if (!ok && lineOk) {
                    wrong.add("plate " + expected.plate() + "→" + got.plate());
                }
            }
            default -> wrong.add("unknown expected line " + expected.line());
        }
        for (String phenomenon : expected.phenomena()) {
            byPhenomenon.merge(phenomenon, new Score(wrong.isEmpty() ? 1 : 0, 1), Score::plus);
            lineByPhenomenon.merge(phenomenon, new Score(lineOk ? 1 : 0, 1), Score::plus);
        }
        if (!wrong.isEmpty()) {
            misclassified.add(expected.id() + "  " + String.join("; ", wrong)
                    + (expected.phenomena().isEmpty() ? "" : "  " + expected.phenomena())
                    + "  matched " + got.matchedFacts());
        }
    }

    private static void count(Map<String, Map<String, Integer>> table, String expected, String got) {
        table.computeIfAbsent(expected, e -> new TreeMap<>()).merge(got, 1, Integer::sum);
    }

    void print(PrintStream out, String rulebaseVersion) {
        List<Long> sorted = micros.stream().sorted().toList();
        out.println("rulebase " + rulebaseVersion + ", " + line.total() + " cases, median "
                + (sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2)) + " µs per decision (the first ones run cold)");
        out.println("line accuracy:        " + line);
        if (flagged > 0) {
            out.println("  without the " + flagged + " noted rows: " + lineUnflagged);
        }
        out.println("police recall:        " + policeRecall + "   (cases expecting 110 sent to 110)");
        out.println("false police alarms:  " + falsePoliceAlarms + "   (other cases sent to 110"
                + (flagged > 0 ? ", the noted rows left out)" : ")"));
        out.println("category accuracy:    " + category + "   (cases expecting 110)");
        out.println("department accuracy:  " + department + "   (cases expecting 12345; another line counts as wrong)");
        out.println("  among those routed to 12345: " + departmentWhenRoutedTo12345);
        out.println("plate accuracy:       " + plate + "   (cases expecting 114)");
        table(out, "line (expected → got)", lineConfusion);
        table(out, "category (expected → got; a line when not 110)", categoryConfusion);
        table(out, "department (expected → got)", departmentConfusion);
        if (!byPhenomenon.isEmpty()) {
            out.println();
            out.println("by phenomenon (line right; fully right):");
            byPhenomenon.forEach((name, score) -> out.println("  " + name + ": " + lineByPhenomenon.get(name) + "; " + score));
        }
        out.println();
        out.println("misclassified (" + misclassified.size() + "):");
        misclassified.forEach(m -> out.println("  " + m));
    }

    private static void table(PrintStream out, String title, Map<String, Map<String, Integer>> table) {
        if (table.isEmpty()) {
            return;
        }
        out.println();
        out.println("confusion, " + title + ":");
        table.forEach((expected, row) -> out.println("  " + expected + " → " + row));
    }
}
