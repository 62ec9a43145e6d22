package io.github.personagym.run;

import io.github.personagym.services.GymServices;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.Thresholds;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import io.github.personagym.environment.EnvironmentPool;
import io.github.personagym.evaluation.ExemplarSource;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteFile;
import io.github.personagym.generation.SuiteGenerator;
import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.judge.Judge;
import io.github.personagym.llm.Redaction;
import io.github.personagym.metric.Choices;
import io.github.personagym.metric.ReferenceAnswer;
import io.github.personagym.task.TaskCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerating a persona's suite ({@value ConfigKeys#SUITE_REGENERATE}, or after its persona changed) writes new
 * questions for its rubric tasks and keeps the judge-free questions written by hand: reference answers and options
 * no generator wrote. The generator is a scripted test double.
 */
class RegenerationTest {

    static final Task KNOWLEDGE = new Task("Sea Knowledge", "What a captain knows.", "", List.of(), false,
            TaskKind.CHOICE);
    static final Task LORE = new Task("Sea Lore", "Sayings of the sea.", "", List.of(), false, TaskKind.REFERENCE);
    static final Task TALK = new Task("Harbour Talk", "Stays the captain after earlier turns.", "",
            List.of("1: no captain", "2: a trace", "3: half", "4: mostly", "5: the captain throughout"), false,
            TaskKind.DIALOGUE);
    static final Persona CAPTAIN = new Persona("captain", Optional.empty(), "A retired sea captain.", Map.of(),
            Optional.empty(), List.of("Harbour"), List.of(), Thresholds.NONE, Optional.empty(), Optional.empty());

    @TempDir
    Path dir;

    private final AtomicInteger calls = new AtomicInteger();

    /** Writes one open question per request, whatever the task: a scripted generator, no model. */
    private final ChatModel generator = new ChatModel() {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls.incrementAndGet();
            String user = request.messages().stream().filter(UserMessage.class::isInstance)
                    .map(m -> ((UserMessage) m).singleText()).reduce("", String::concat);
            String json = user.contains("multiple-choice")
                    ? "{\"questions\": [{\"environment\": \"Harbour\", \"question\": \"Generated choice?\","
                            + " \"options\": [\"One\", \"Two\", \"Three\"], \"answer\": \"A\"}]}"
                    : "{\"questions\": [{\"environment\": \"Harbour\", \"question\": \"A new rubric question?\"}]}";
            return ChatResponse.builder().aiMessage(AiMessage.from(json)).build();
        }
    };

    private RunSession session() {
        Configuration configuration = Configuration.of(Map.of(ConfigKeys.SUITE_DIR, dir.toString(),
                ConfigKeys.SUITE_REGENERATE, "true", ConfigKeys.PROGRESS, "false"));
        SuiteGenerator suites = new SuiteGenerator(generator, "scripted:generator", 1, 1, 1);
        GymServices services = new GymServices() {
            public TaskCatalog tasks() {
                return TaskCatalog.builtIn().withTask(KNOWLEDGE).withTask(LORE).withTask(TALK);
            }

            public EnvironmentPool environments() {
                return EnvironmentPool.of(List.of("Harbour"));
            }

            public List<Judge> judges() {
                return List.of();
            }

            public ExemplarSource exemplars() {
                return ExemplarSource.none();
            }

            public Optional<SuiteGenerator> suiteGenerator() {
                return Optional.of(suites);
            }

            public String whyNoGenerator() {
                return "";
            }

            public Optional<PersonaAgent> modelAgent(Persona persona) {
                return Optional.empty();
            }

            public String whyNoModelAgent() {
                return "";
            }

            public String generatorSpec() {
                return "scripted:generator";
            }
        };
        return RunSession.builder(configuration, Redaction.fromSystem(), () -> services).build();
    }

    /** A suite made for an earlier persona: one generated rubric question, and judge-free ones written by hand. */
    private void oldSuite() {
        var questions = List.of(
                new SuiteQuestion("linguistic-habits-1", Task.LINGUISTIC_HABITS, "Harbour", "An old rubric question?",
                        Optional.empty(), 0),
                new SuiteQuestion("sea-knowledge-1", KNOWLEDGE.name(), "Harbour", "Which instrument warns of a storm?",
                        Optional.empty(), 0, Optional.of(new Choices(List.of("Sextant", "Barometer"), 1))),
                new SuiteQuestion("sea-lore-1", LORE.name(), "Old Port", "Finish: red sky at night",
                        Optional.empty(), 0, Optional.of(new ReferenceAnswer("Red sky at night, sailor's delight."))),
                new SuiteQuestion("harbour-talk-1", TALK.name(), "Harbour", "And the storm of '62?", Optional.empty(), 0,
                        Optional.empty(), List.of(io.github.personagym.Turn.user("Evening, captain."),
                        io.github.personagym.Turn.persona("Evening, lad. Mind the ropes.")), Optional.empty()));
        Path file = SuiteFile.pathFor(dir, "captain");
        SuiteFile.write(new Suite("captain", "sha256:earlier", "hand-written", List.of("Harbour", "Old Port"), questions,
                Optional.of(file)), file, Redaction.fromSystem());
    }

    @Test
    void regeneratingASuiteKeepsItsHandWrittenReferenceAndChoiceQuestions() {
        oldSuite();
        RunSession session = session();

        session.generate(CAPTAIN, session.services().tasks().select(List.of(Task.LINGUISTIC_HABITS, KNOWLEDGE.name(),
                LORE.name())));

        Suite written = SuiteFile.read(SuiteFile.pathFor(dir, "captain")).orElseThrow();
        assertThat(written.questions()).extracting(SuiteQuestion::text).containsExactly("A new rubric question?",
                "Which instrument warns of a storm?", "Finish: red sky at night");
        assertThat(written.question("sea-knowledge-1").orElseThrow().answerKey())
                .contains(new Choices(List.of("Sextant", "Barometer"), 1));
        assertThat(written.question("sea-lore-1").orElseThrow().answerKey())
                .contains(new ReferenceAnswer("Red sky at night, sailor's delight."));
        assertThat(written.environments()).containsExactly("Harbour", "Old Port");
        assertThat(calls.get()).as("one call, for the rubric task only").isEqualTo(1);
    }

    @Test
    void regeneratingASuiteKeepsItsHandWrittenDialogueQuestionsWithTheirEarlierTurns() {
        oldSuite();
        RunSession session = session();

        session.generate(CAPTAIN, session.services().tasks().select(List.of(Task.LINGUISTIC_HABITS, TALK.name())));

        Suite written = SuiteFile.read(SuiteFile.pathFor(dir, "captain")).orElseThrow();
        assertThat(written.questions()).extracting(SuiteQuestion::text).containsExactly("A new rubric question?",
                "And the storm of '62?");
        assertThat(written.question("harbour-talk-1").orElseThrow().context()).containsExactly(
                io.github.personagym.Turn.user("Evening, captain."),
                io.github.personagym.Turn.persona("Evening, lad. Mind the ropes."));
        assertThat(calls.get()).as("one call, for the rubric task only").isEqualTo(1);
    }

    @Test
    void withoutHandWrittenQuestionsAChoiceTaskGetsGeneratedOnes() {
        RunSession session = session();

        session.generate(CAPTAIN, session.services().tasks().select(List.of(KNOWLEDGE.name())));

        Suite written = SuiteFile.read(SuiteFile.pathFor(dir, "captain")).orElseThrow();
        assertThat(written.questions()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Generated choice?");
            assertThat(q.answerKey()).contains(new Choices(List.of("One", "Two", "Three"), 0));
        });
    }
}
