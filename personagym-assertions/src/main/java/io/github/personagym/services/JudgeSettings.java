package io.github.personagym.services;

import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.ConfigSource;
import io.github.personagym.config.ConfigValue;
import io.github.personagym.config.Configuration;
import io.github.personagym.judge.LlmRubricJudge;
import io.github.personagym.llm.Mode;
import io.github.personagym.llm.ModelAccess;
import io.github.personagym.llm.ModelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@value ConfigKeys#JUDGES} and {@value ConfigKeys#MODE} make of the judges: their specs, where each came
 * from, which cannot be reached, and what a user should be told about them (see {@link JudgesInForce}).
 */
final class JudgeSettings {

    /** An example spec per provider, for the hint that says how to use an LLM judge. */
    private static final List<String> EXAMPLES = List.of("openai:gpt-4o-mini", "anthropic:claude-3-5-haiku-latest",
            "gemini:gemini-2.0-flash", "ollama:llama3.1");

    private final ModelAccess access;
    private final Optional<ConfigValue> judges;
    private final Optional<ConfigValue> mode;
    private final Configuration configuration;
    private final Map<ModelSpec, Optional<String>> unreachable = new ConcurrentHashMap<>();

    JudgeSettings(Configuration configuration, ModelAccess access) {
        this.access = access;
        this.configuration = configuration;
        this.judges = configuration.lookup(ConfigKeys.JUDGES);
        this.mode = configuration.lookup(ConfigKeys.MODE);
    }

    /** The configured judge specs; {@code offline} when none is set. */
    List<ModelSpec> specs() {
        return judges.map(value -> ModelSpec.parseList(value.value(), ConfigKeys.JUDGES, configuration)).filter(list -> !list.isEmpty())
                .orElse(List.of(ModelSpec.OFFLINE));
    }

    /** Why {@code spec} can give no verdict in this run, when that is so (no provider and no recording). */
    Optional<String> unreachable(ModelSpec spec) {
        return unreachable.computeIfAbsent(spec,
                s -> access.mode() == Mode.OFFLINE ? Optional.empty() : access.unreachable(s, LlmRubricJudge.systemMessage()));
    }

    /** The short line each verdict of an unreachable judge carries, pointing at the run's error. */
    String pointer(ModelSpec spec) {
        String why = access.mode().callsProviders() ? access.providerVariable(spec) + " not set"
                : ConfigKeys.MODE + "=" + access.mode().name().toLowerCase(Locale.ROOT);
        return "cannot be reached (" + why + ", no recorded call): see the PersonaGym error 'Judge " + spec
                + " cannot be reached' at the start of the run";
    }

    JudgesInForce inForce() {
        List<JudgesInForce.Entry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ConfigSource source = judges.map(ConfigValue::source).orElse(ConfigSource.DEFAULT);
        String origin = judges.map(ConfigValue::origin).orElse(ConfigSource.DEFAULT.describe(ConfigKeys.JUDGES));
        for (ModelSpec spec : specs()) {
            if (spec.isOffline()) {
                entries.add(new JudgesInForce.Entry(spec.toString(), source, origin));
            } else if (access.mode() == Mode.OFFLINE) {
                entries.add(new JudgesInForce.Entry(ModelSpec.OFFLINE.toString(),
                        mode.map(ConfigValue::source).orElse(ConfigSource.DEFAULT), ConfigKeys.MODE + "=offline from "
                        + mode.map(ConfigValue::origin).orElse("?") + ", in place of " + spec + " from " + origin));
            } else {
                entries.add(new JudgesInForce.Entry(spec.toString(), source, origin));
                unreachable(spec).ifPresent(why -> errors.add("Judge " + why + "; or drop " + ConfigKeys.JUDGES + " ("
                        + origin + ") to judge with the offline judge. Every question fails on it until then."));
            }
        }
        List<String> notes = new ArrayList<>();
        if (judges.isEmpty()) {
            notes.add(offlineHint());
        }
        if (entries.stream().allMatch(entry -> entry.spec().equals(ModelSpec.OFFLINE.toString()))) {
            recordedJudge().ifPresent(recorded -> notes.add(recordingsNote(recorded, entries.get(0).origin())));
        }
        return new JudgesInForce(entries, errors, notes);
    }

    private String offlineHint() {
        String hint = "The offline judge is an embedding screen, not an LLM judge, and is in force because "
                + ConfigKeys.JUDGES + " is not set. ";
        Optional<String> ready = EXAMPLES.stream().filter(example -> access.canCall(ModelSpec.parse(example)))
                .findFirst();
        if (ready.isPresent()) {
            return hint + access.providerVariable(ModelSpec.parse(ready.get())) + " is set: for an LLM judge, add -D"
                    + ConfigKeys.JUDGES + "=" + ready.get() + ".";
        }
        return hint + "For an LLM judge, set OPENAI_API_KEY, ANTHROPIC_API_KEY or GEMINI_API_KEY (or run Ollama "
                + "locally) and -D" + ConfigKeys.JUDGES + "=" + EXAMPLES.get(0) + " (or " + EXAMPLES.get(1) + ", "
                + EXAMPLES.get(2) + ", " + EXAMPLES.get(3) + ").";
    }

    private Optional<String> recordedJudge() {
        return access.recordings().firstAnsweredBy(LlmRubricJudge.systemMessage(),
                spec -> !spec.isBlank() && !spec.equals(ModelSpec.OFFLINE.toString()));
    }

    private String recordingsNote(String recorded, String why) {
        return "The judges changed: " + access.recordings().directory() + " holds verdicts recorded from " + recorded
                + ", but this run judges with the offline judge (" + why + "), so its scores are not those of "
                + recorded + ". To judge as recorded, set -D" + ConfigKeys.JUDGES + "=" + recorded
                + (access.mode() == Mode.OFFLINE ? " and a " + ConfigKeys.MODE + " other than offline" : "")
                + " (recorded verdicts replay without a key).";
    }
}
