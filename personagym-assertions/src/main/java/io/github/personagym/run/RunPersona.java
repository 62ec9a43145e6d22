package io.github.personagym.run;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.Thresholds;
import java.util.List;
import java.util.Optional;

/**
 * A persona as a run evaluates it: where its file is (none for a persona made in code), its tasks, the thresholds
 * that apply and the name it is kept under in the baseline ({@code <baselineName>/<persona id>}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunPersona(Persona persona, Optional<PersonaFileLocation> location, List<Task> tasks,
                         Thresholds thresholds, String baselineName) {

    public RunPersona {
        tasks = List.copyOf(tasks);
    }

    /** The persona's file as reports and the baseline name it: {@link PersonaFileLocation#describe()}, else its id. */
    public String file() {
        return location.map(PersonaFileLocation::describe).orElse(persona.id());
    }
}
