package city.hotline.rules.facts;

/**
 * The learned model's confident vote for a 12345 department, counted as one more hotline word
 * (hotline.drl): it breaks a tie and stands where no word does, but never outvotes the words the
 * city wrote, and never counts where a transfer item names the department (the catalogue is the
 * city's setting, which the model, trained on the shipped catalogue, may not know yet).
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
