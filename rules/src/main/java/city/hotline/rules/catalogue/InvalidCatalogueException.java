package city.hotline.rules.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue that cannot be used, with every problem found in it, not only the first. */
public final class InvalidCatalogueException extends RuntimeException {

    private final transient List<CatalogueProblem> problems;

    public InvalidCatalogueException(List<CatalogueProblem> problems) {
        super(problems.size() + " problem(s) in the transfer-item catalogue:\n"
                + problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}
