package io.github.personagym.mutants;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

/**
 * The mutants of one persona, decided: which kinds were caught and which survived.
 *
 * @param mutants  the judged mutants
 * @param findings one per kind, in {@link MutantKind} order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MutantOutcome(Mutants mutants, List<MutantFinding> findings) {

    public MutantOutcome {
        Objects.requireNonNull(mutants, "mutants");
        findings = List.copyOf(findings);
    }

    /** The findings of one status, in kind order. */
    public List<MutantFinding> with(MutantStatus status) {
        return findings.stream().filter(f -> f.status() == status).toList();
    }

    /** The kinds that survived: findings on the suite and its judges. */
    public List<MutantFinding> survived() {
        return with(MutantStatus.SURVIVED);
    }

    /** Whether the persona's "mutants caught" check fails: a mutant survived and survivors are not allowed. */
    public boolean failed() {
        return mutants.settings().required() && !survived().isEmpty();
    }
}
