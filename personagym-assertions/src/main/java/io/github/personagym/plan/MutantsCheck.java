package io.github.personagym.plan;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.github.personagym.mutants.MutantMessages;
import io.github.personagym.mutants.MutantOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * "mutants caught": passes with the findings in its entries; fails when a mutant survives and mutants are
 * required ({@code personagym.mutants.required}).
 *
 * @param min the PersonaScore threshold the mutants are decided against
 */
@API(status = INTERNAL, since = "0.1")
public record MutantsCheck(OptionalDouble min) implements Check {

    @Override
    public CheckOutcome evaluate(CheckInput input) {
        if (input.mutants().isEmpty()) {
            return CheckOutcome.failed(input.personaId() + ": the mutants were not judged");
        }
        MutantOutcome outcome = input.mutants().get().decide(input.score(), min);
        Map<String, String> entries = new LinkedHashMap<>();
        outcome.findings().forEach(f -> entries.put("mutant " + f.kind().id(), f.status().id() + ": " + f.reason()));
        String message = MutantMessages.check(input.personaId(), outcome);
        entries.put("mutants", message);
        return outcome.failed() ? CheckOutcome.failed(message, entries)
                : new CheckOutcome(CheckOutcome.Status.PASSED, message, entries, java.util.Optional.empty());
    }
}
