package io.github.personagym.persona;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Comparator;
import java.util.List;

/**
 * A persona file could not be loaded (or names something that does not exist, such as an unknown task). The message lists every problem found, one per line, each naming the
 * file, line, column and field; {@link #problems()} gives them as values.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonaFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MOST_PROBLEMS_SHOWN = 20;

    private final transient List<PersonaProblem> problems;

    public PersonaFileException(List<PersonaProblem> problems) {
        super(render(problems));
        this.problems = problems.stream()
                .sorted(Comparator.comparingInt(PersonaProblem::line).thenComparingInt(PersonaProblem::column))
                .toList();
    }

    public PersonaFileException(PersonaProblem problem) {
        this(List.of(problem));
    }

    /** The problems, in the order of their lines; never empty. */
    public List<PersonaProblem> problems() {
        return problems;
    }

    /** The file the problems are in, as given to the loader. */
    public String file() {
        return problems.get(0).file();
    }

    /** The 1-based line of the first problem, for a test source pointing into the file. */
    public int firstLine() {
        return problems.get(0).line();
    }

    /** The 1-based column of the first problem; 0 when it has none. */
    public int firstColumn() {
        return problems.get(0).column();
    }

    private static String render(List<PersonaProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A persona file exception needs at least one problem");
        }
        var shown = problems.stream()
                .sorted(Comparator.comparingInt(PersonaProblem::line).thenComparingInt(PersonaProblem::column))
                .limit(MOST_PROBLEMS_SHOWN)
                .map(PersonaProblem::describe)
                .toList();
        if (problems.size() == 1) {
            return shown.get(0);
        }
        String more = problems.size() > shown.size()
                ? "\n(and " + (problems.size() - shown.size()) + " more; see problems())" : "";
        return problems.size() + " problems in persona file " + problems.get(0).file() + ":\n"
                + String.join("\n", shown) + more;
    }
}
