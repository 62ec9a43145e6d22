package io.github.personagym.junit.engine;

import static io.github.personagym.junit.engine.EngineTestSupport.kit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

/**
 * The "mutants caught" check, with the keyword judge: it scores "Arr" 5, "As an AI" 1 and anything else 3, so
 * of the in-character captain's mutants (threshold 4.00) the disclaimer, the generic answer and the off-persona
 * voice are caught, while one word ("Arr"), one sentence and an appended insult keep their "Arr" and survive.
 */
class MutantsCheckTest {

    @TempDir
    Path suites;
    @TempDir
    Path reports;
    final ScriptedServices services = new ScriptedServices();
    String console = "";

    @BeforeEach
    void writeSuites() {
        EngineTestSupport.writeSuites(suites);
    }

    private EngineExecutionResults run(Class<?> fixture, String... parameters) {
        var kit = kit(services, suites, reports).selectors(selectClass(fixture))
                .configurationParameter("personagym.mutants", "true");
        for (int i = 0; i < parameters.length; i += 2) {
            kit.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return capturingConsole(kit::execute);
    }

    private <T> T capturingConsole(Supplier<T> work) {
        PrintStream original = System.out;
        var captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return work.get();
        } finally {
            System.setOut(original);
            console = captured.toString(StandardCharsets.UTF_8);
        }
    }

    private JsonNode mutantsInReport(int persona) throws IOException {
        return new ObjectMapper().readTree(reports.resolve("report.json").toFile()).at("/personas/" + persona + "/mutants");
    }

    private static JsonNode kind(JsonNode mutants, String kind) {
        return StreamSupport.stream(mutants.get("kinds").spliterator(), false)
                .filter(k -> k.get("kind").asText().equals(kind)).findFirst().orElseThrow();
    }

    private static Map<String, String> entries(Events tests, String check) {
        return tests.filter(e -> e.getTestDescriptor().getUniqueId().toString().contains(check))
                .flatMap(e -> e.getPayload(ReportEntry.class).stream())
                .flatMap(entry -> entry.getKeyValuePairs().entrySet().stream())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void withoutTheKeyThereIsNoMutantsCheck() {
        var engine = kit(services, suites, reports).selectors(selectClass(Fixtures.InCharacter.class)).discover()
                .getEngineDescriptor();

        assertThat(engine.getDescendants()).noneMatch(d -> d.getUniqueId().toString().contains("check:mutants"));
    }

    @Test
    void oneKindCaughtOneSurvivedThePassingCheckConsoleAndReportSaySo() throws IOException {
        Events tests = run(Fixtures.InCharacter.class).testEvents();

        tests.assertThatEvents().haveExactly(1, event(test("check:mutants"), finishedSuccessfully()));
        assertThat(tests.started().filter(e -> e.getTestDescriptor().getDisplayName()
                .equals("captain \u203A mutants caught")).count()).isOne();
        Map<String, String> entries = entries(tests, "check:mutants");
        assertThat(entries.get("mutant disclaimer")).startsWith("caught: 1.00 < threshold 4.00 (4 scored)");
        assertThat(entries.get("mutant one-word")).startsWith("survived: 5.00 (4 scored): not below the threshold 4.00");
        assertThat(entries.get("mutants")).contains("3 of 6 mutant kinds survived",
                "best-scored mutant answer: expected-action-1 [Expected Action] 5.00: \"Arr\"",
                "only with personagym.mutants.required=true");

        assertThat(console).contains("Mutants (each kind judged on up to 2 questions per task)\n"
                + "  captain  caught 3 of 6: swapped 3.00, disclaimer 1.00, generic 3.00; "
                + "survived: one-word 5.00, one-sentence 5.00, insult 5.00\n"
                + "  cost: 24 mutant answers, 12 judge calls\n"
                + "WARNING captain: mutants survived (one-word, one-sentence, insult): the suite and its judges did not "
                + "tell these broken agents from the agent; personagym.mutants.required=true fails the build on it\n");
        assertThat(console).contains("captain  ").doesNotContain("FAIL captain");

        JsonNode mutants = mutantsInReport(0);
        assertThat(mutants.get("passed").asBoolean()).isTrue();
        assertThat(mutants.get("judgeCalls").asInt()).isEqualTo(12);
        assertThat(mutants.get("answersJudged").asInt()).isEqualTo(24);
        assertThat(kind(mutants, "generic").get("status").asText()).isEqualTo("caught");
        assertThat(kind(mutants, "insult").get("status").asText()).isEqualTo("survived");
        assertThat(kind(mutants, "insult").at("/answers/0/answer").asText()).startsWith("Arr, captain here.");
        assertThat(kind(mutants, "swapped").get("notes").get(0).asText())
                .isEqualTo("the run has no other persona: answers of a fixed off-persona voice (a teenage game streamer)");
    }

    @Test
    void requiredFailsTheCheckAndThePersonaOnASurvivor() throws IOException {
        Events tests = run(Fixtures.InCharacter.class, "personagym.mutants.required", "true").testEvents();

        tests.assertThatEvents().haveExactly(1, event(test("check:mutants"), finishedWithFailure(message(m ->
                m.startsWith("captain: 3 of 6 mutant kinds survived: the suite and its judges did not tell these broken "
                        + "agents from the agent (caught 3 of 6")
                        && m.contains("one-word survived (the agent's answer cut to one word): 5.00 (4 scored)")
                        && m.contains("insult survived") && !m.contains("disclaimer survived")
                        && m.contains("The mutants cost 24 mutant answers, 12 judge calls.")))));
        tests.assertThatEvents().haveExactly(1, event(test("check:persona-score"), finishedSuccessfully()));
        assertThat(console).contains("FAIL captain: mutants survived: one-word, one-sentence, insult")
                .doesNotContain("WARNING captain");
        assertThat(mutantsInReport(0).get("passed").asBoolean()).isFalse();
    }

    @Test
    void theSwappedMutantIsAnotherPersonasAgentAnsweringTheSameQuestions() throws IOException {
        Events tests = run(Fixtures.InCharacterCast.class).testEvents();

        tests.assertThatEvents().haveExactly(2, event(test("check:mutants"), finishedSuccessfully()));
        JsonNode captain = mutantsInReport(0);
        JsonNode swapped = kind(captain, "swapped");
        assertThat(swapped.get("notes").get(0).asText())
                .isEqualTo("answers of the agent of persona 'nurse' to the same questions");
        assertThat(swapped.at("/answers/0/answer").asText())
                .isEqualTo("Arr, nurse here. The best man faints during his toast. What do you do?");
        assertThat(captain.get("agentCalls").asInt()).isEqualTo(4);
        assertThat(kind(mutantsInReport(1), "swapped").get("notes").get(0).asText()).contains("persona 'captain'");
        assertThat(console).contains("cost: 30 mutant answers, 18 judge calls, 5 agent calls");
    }

    @Test
    void aMutantTheJudgesCannotScoreIsReportedUnscoredNeverCaught() throws IOException {
        services.judge = new Judge() {
            @Override
            public String id() {
                return "abstaining-judge";
            }

            @Override
            public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
                return answers.stream().map(a -> a.text().startsWith("As an AI")
                        ? Verdict.unparseable(id(), "abstains: resembles no exemplar", "?")
                        : ScriptedServices.KEYWORD_JUDGE.judge(persona, task, a)).toList();
            }
        };

        Events tests = run(Fixtures.InCharacter.class, "personagym.mutants.required", "true").testEvents();

        JsonNode disclaimer = kind(mutantsInReport(0), "disclaimer");
        assertThat(disclaimer.get("status").asText()).isEqualTo("unscored");
        assertThat(disclaimer.get("score").isNull()).isTrue();
        assertThat(disclaimer.get("reason").asText()).contains("4 of 4 mutant answers unscored",
                "abstains: resembles no exemplar", "never counted as caught");
        assertThat(disclaimer.at("/answers/0/error").asText()).contains("abstaining-judge gave no score");
        assertThat(console).contains("unscored: disclaimer");
        tests.assertThatEvents().haveExactly(1, event(test("check:mutants"), finishedWithFailure(message(m ->
                m.contains("disclaimer unscored")))));
    }

    @Test
    void mutantsAreTheSameOnEveryRunSoThatRecordedJudgeCallsReplay() throws IOException {
        run(Fixtures.InCharacter.class);
        JsonNode first = mutantsInReport(0);
        run(Fixtures.InCharacter.class);

        assertThat(mutantsInReport(0)).isEqualTo(first);
    }
}
