package city.hotline.rules.facts;

/**
 * The learned model's confident vote for a 12345 department, counted as more hotline words
 * (hotline.drl): one at 0.7, where it breaks a tie and stands where no word does; two at 0.95, where it
 * outvotes a stray word. It does not count where a transfer item names a department (the catalogue is
 * the city's setting, which the model may not know yet), except, when near certain, in a message-board
 * post: a long account names other departments' things in passing.
 *
 * @param weight how many words the vote stands for
 */
public record ModelDepartment(String department, int weight) implements HotlineSignal, Evidence {

    @Override
    public String line() {
        return "12345";
    }

    @Override
    public int position() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int items() {
        return 0;
    }

    @Override
    public String describe() {
        return "model-department:" + department;
    }
}
