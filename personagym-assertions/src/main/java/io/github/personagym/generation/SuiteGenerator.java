package io.github.personagym.generation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.suite.ConversationTurn;
import io.github.personagym.suite.ConversationYaml;
import io.github.personagym.suite.SuiteGenerationException;
import io.github.personagym.environment.EnvironmentSelection;
import io.github.personagym.llm.UsageMeter;
import io.github.personagym.suite.Suite;
import io.github.personagym.suite.SuiteQuestion;
import dev.langchain4j.model.chat.ChatModel;
import io.github.personagym.Persona;
import io.github.personagym.persona.PersonaFingerprint;
import io.github.personagym.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Makes the suite of a persona with a generator model: selects the environments of the pool that fit the
 * persona (unless the persona fixes them), then writes the questions of every task, all tasks at once: open questions
 * for rubric tasks, multiple-choice questions with their answer key for tasks of kind {@code choice}
 * ({@link ChoiceWriting}), one conversation for a task of kind {@code conversation} ({@link ConversationWriting});
 * none for tasks of kind {@code reference} or {@code dialogue}, whose reference answers or earlier turns are written
 * by hand.
 * Score exemplars are not made here; the evaluation makes those that a suite lacks.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SuiteGenerator {

    private final String generatorSpec;
    private final int questionsPerTask;
    private final EnvironmentSelection selection;
    private final QuestionWriting writing;
    private final ChoiceWriting choices;
    private final ConversationWriting conversations;

    /**
     * @param generator              the model that selects environments and writes questions
     * @param generatorSpec          how the suite names it, e.g. {@code openai:gpt-4o-mini}
     * @param questionsPerTask       questions per task ({@code personagym.questions-per-task}, 10 in the paper)
     * @param environmentsPerPersona environments to select ({@code personagym.environments-per-persona})
     * @param maxAttempts            calls per step, the first included, before the generator is given up on
     */
    public SuiteGenerator(ChatModel generator, String generatorSpec, int questionsPerTask,
                          int environmentsPerPersona, int maxAttempts) {
        this(generator, generatorSpec, questionsPerTask, environmentsPerPersona, maxAttempts,
                io.github.personagym.config.ConfigKeys.DEFAULT_CONVERSATION_TURNS);
    }

    /**
     * As {@link #SuiteGenerator(ChatModel, String, int, int, int)}, writing one conversation of
     * {@code conversationTurns} user turns for each task of kind conversation ({@code personagym.conversation.turns}).
     */
    public SuiteGenerator(ChatModel generator, String generatorSpec, int questionsPerTask,
                          int environmentsPerPersona, int maxAttempts, int conversationTurns) {
        if (conversationTurns < ConversationYaml.FEWEST_TURNS) {
            throw new IllegalArgumentException("A conversation has at least " + ConversationYaml.FEWEST_TURNS
                    + " turns, got " + conversationTurns + " (personagym.conversation.turns)");
        }
        if (questionsPerTask < 1 || environmentsPerPersona < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("Questions per task, environments per persona and attempts must be"
                    + " at least 1, got " + questionsPerTask + ", " + environmentsPerPersona + ", " + maxAttempts);
        }
        this.generatorSpec = generatorSpec;
        this.questionsPerTask = questionsPerTask;

        this.selection = new EnvironmentSelection(generator, generatorSpec, environmentsPerPersona, maxAttempts);
        this.writing = new QuestionWriting(generator, generatorSpec, questionsPerTask, maxAttempts);
        this.choices = new ChoiceWriting(generator, generatorSpec, questionsPerTask, maxAttempts);
        this.conversations = new ConversationWriting(generator, generatorSpec, conversationTurns, maxAttempts);
    }

    /**
     * Generates a suite.
     *
     * @param personaHash     the persona's hash ({@link PersonaFingerprint#hash()}), recorded in the suite
     * @param allTasks        the tasks to write questions for, in the order the suite lists them; a task of kind
     *                        {@code reference} or {@code dialogue} is skipped, with a line saying so (its questions are
     *                        written by hand); a task of kind {@code conversation} gets one generated conversation
     * @param environmentPool the environments to select from when the persona fixes none
     * @throws SuiteGenerationException when the generator does not deliver usable environments or questions
     */
    public Suite generate(Persona persona, String personaHash, List<Task> allTasks, List<String> environmentPool) {
        return generate(persona, personaHash, allTasks, environmentPool, List.of());
    }

    /**
     * Generates a suite that replaces one whose judge-free or dialogue questions were written by hand: {@code kept} are
     * carried over as they are (with their reference answers, options and keys, earlier turns), and the generator writes no questions for
     * their tasks; their environments stay in the suite. A line says what was kept.
     *
     * @param kept the questions to keep, of tasks among {@code allTasks}
     */
    public Suite generate(Persona persona, String personaHash, List<Task> allTasks, List<String> environmentPool,
                          List<SuiteQuestion> kept) {
        Set<String> keptTasks = new java.util.LinkedHashSet<>();
        kept.forEach(q -> keptTasks.add(q.task()));
        keptTasks.forEach(task -> System.out.println("[personagym] " + persona.id() + ": kept the "
                + kept.stream().filter(q -> q.task().equals(task)).count() + " hand-written question(s) of task '"
                + task + "' from the suite being replaced; no questions are generated for it. To have them generated"
                + " instead, delete them from the suite file first."));
        allTasks.stream().filter(task -> !written(task))
                .filter(task -> !keptTasks.contains(task.name()))
                .forEach(task -> System.out.println("[personagym] " + persona.id() + ": no questions generated for task '"
                        + task.name() + "', of kind " + task.kind().id() + ": the generator does not write them. Write its"
                        + " questions in the suite file by hand, with " + handWritten(task.kind()) + " (docs/suites.md)."));
        List<Task> tasks = allTasks.stream().filter(SuiteGenerator::written)
                .filter(task -> !keptTasks.contains(task.name())).toList();
        // the generator's calls are counted for the persona they write for
        Suite generated = io.github.personagym.llm.UsageMeter.attributedTo(persona.id(),
                () -> generateFor(persona, personaHash, tasks, environmentPool, kept));
        return withKept(generated, allTasks, kept);
    }

    /** Whether the generator writes the task's questions: rubric, multiple-choice, a conversation task's conversation. */
    private static boolean written(Task task) {
        return switch (task.kind()) {
            case RUBRIC, CHOICE, CONVERSATION -> true;
            default -> false;
        };
    }

    private static String handWritten(io.github.personagym.TaskKind kind) {
        return kind == io.github.personagym.TaskKind.REFERENCE ? "a 'reference' answer"
                : "the earlier turns under 'context'";
    }

    /** The generated suite with the kept questions, all in the order of the tasks, and their environments. */
    private static Suite withKept(Suite generated, List<Task> allTasks, List<SuiteQuestion> kept) {
        if (kept.isEmpty()) {
            return generated;
        }
        List<String> environments = new ArrayList<>(generated.environments());
        kept.stream().map(SuiteQuestion::environment).distinct().filter(e -> !environments.contains(e))
                .forEach(environments::add);
        List<SuiteQuestion> questions = new ArrayList<>();
        for (Task task : allTasks) {
            questions.addAll(generated.questions(task.name()));
            kept.stream().filter(q -> q.task().equals(task.name()))
                    .map(q -> new SuiteQuestion(q.key(), q.task(), q.environment(), q.text(), q.exemplars(), 0,
                            q.answerKey(), q.context(), q.turn()))
                    .forEach(questions::add);
        }
        return new Suite(generated.personaId(), generated.personaHash(), generated.generator(), environments, questions,
                generated.file(), generated.personaFields());
    }

    private Suite generateFor(Persona persona, String personaHash, List<Task> tasks, List<String> environmentPool,
                              List<SuiteQuestion> kept) {
        List<String> environments = persona.environments().isEmpty()
                ? selection.select(persona, environmentPool)
                : persona.environments();
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Math.min(tasks.size(), 8)), runnable -> {
            var thread = new Thread(runnable, "personagym-questions-" + persona.id());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<List<QuestionWriting.Drafted>>> drafts = tasks.stream()
                    .map(task -> CompletableFuture.supplyAsync(() -> draft(persona, task, environments),
                            io.github.personagym.llm.UsageMeter.attributing(persona.id(), threads)))
                    .toList();
            Set<String> keys = new HashSet<>();
            kept.forEach(q -> keys.add(q.key()));
            return new Suite(persona.id(), personaHash, generatorSpec, environments, keyed(tasks, drafts, keys),
                    Optional.empty(), PersonaFingerprint.of(persona).fieldHashes());
        } finally {
            threads.shutdownNow();
        }
    }

    /** A rubric or choice task's questions; a conversation task's one conversation, as a draft per turn (in order). */
    private List<QuestionWriting.Drafted> draft(Persona persona, Task task, List<String> environments) {
        return switch (task.kind()) {
            case CHOICE -> choices.write(persona, task, environments);
            case CONVERSATION -> {
                ConversationWriting.Drafted conversation = conversations.write(persona, task, environments);
                yield conversation.turns().stream()
                        .map(turn -> new QuestionWriting.Drafted(conversation.environment(), turn)).toList();
            }
            default -> writing.write(persona, task, environments);
        };
    }

    private List<SuiteQuestion> keyed(List<Task> tasks, List<CompletableFuture<List<QuestionWriting.Drafted>>> drafts,
                                      Set<String> takenKeys) {
        List<SuiteQuestion> questions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            String slug = uniqueSlug(task.name(), slugs);
            try {
                List<QuestionWriting.Drafted> drafted = drafts.get(t).join();
                if (task.kind() == io.github.personagym.TaskKind.CONVERSATION) {
                    // a conversation task's drafts are the turns of one conversation, keyed <slug>-1-turn-<n>
                    for (int n = 0; n < drafted.size(); n++) {
                        var draft = drafted.get(n);
                        questions.add(new SuiteQuestion(ConversationTurn.key(slug + "-1", n + 1), task.name(),
                                draft.environment(), draft.question(), Optional.empty(), 0, Optional.empty(), List.of(),
                                Optional.of(new ConversationTurn(slug + "-1", n + 1, drafted.size()))));
                    }
                    continue;
                }
                int number = 0;
                for (QuestionWriting.Drafted draft : drafted) {
                    String key;
                    do {
                        key = slug + "-" + ++number;
                    } while (!takenKeys.add(key));
                    questions.add(new SuiteQuestion(key, task.name(), draft.environment(), draft.question(),
                            Optional.empty(), 0, draft.answerKey()));
                }
            } catch (CompletionException e) {
                failures.add(e.getCause() instanceof SuiteGenerationException ? e.getCause().getMessage()
                        : "task '" + task.name() + "': " + e.getCause());
            }
        }
        if (!failures.isEmpty()) {
            throw new SuiteGenerationException(String.join("\n", failures));
        }
        return questions;
    }

    /** {@code Linguistic Habits} → {@code linguistic-habits}; a second task with the same slug gets {@code -2}. */
    static String uniqueSlug(String taskName, Set<String> taken) {
        String slug = taskName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        String base = slug.isEmpty() ? "task" : slug;
        String unique = base;
        for (int n = 2; !taken.add(unique); n++) {
            unique = base + "-" + n;
        }
        return unique;
    }

    /** The number of questions each task gets. */
    public int questionsPerTask() {
        return questionsPerTask;
    }
}
