package io.github.personagym.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A persona a run did not evaluate, and why: the reason names what resolves it (the console's SKIPPED line). Kept in
 * report.json's {@code skipped} and in the summary, so that a green build that did nothing for a persona says so.
 *
 * @param id     the persona's id
 * @param file   its persona file, as the run shows it
 * @param reason why it was skipped and what to set
 */
@API(status = INTERNAL, since = "0.1")
public record SkippedPersona(String id, String file, String reason) {
}
