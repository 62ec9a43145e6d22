package io.github.personagym.gym;

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
 * persona (unless the persona fixes them), then writes the questions of every task, all tasks at once.
 * Score exemplars are not made here; the evaluation makes those that a suite lacks.
 */
public final class SuiteGenerator {

    private final String generatorSpec;
    private final int questionsPerTask;
    private final EnvironmentSelection selection;
    private final QuestionWriting writing;
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
        var call = new StructuredCall(generator);
        this.selection = new EnvironmentSelection(call, generatorSpec, environmentsPerPersona, maxAttempts);
        this.writing = new QuestionWriting(call, generatorSpec, questionsPerTask, maxAttempts);
        this.conversations = new ConversationWriting(call, generatorSpec, conversationTurns, maxAttempts);
    }

    /**
     * Generates a suite.
     *
     * @param personaHash     the persona's hash ({@link PersonaFingerprint#hash()}), recorded in the suite
     * @param allTasks        the tasks to write questions for, in the order the suite lists them; tasks of a
     *                        kind dialogue, reference or choice are skipped, with a line saying so (their questions are
     *                        written by hand); a task of kind conversation gets one generated conversation
     * @param environmentPool the environments to select from when the persona fixes none
     * @throws SuiteGenerationException when the generator does not deliver usable environments or questions
     */
    public Suite generate(Persona persona, String personaHash, List<Task> allTasks, List<String> environmentPool) {
        allTasks.stream().filter(task -> !written(task)).forEach(task ->
                System.out.println("[personagym] " + persona.id() + ": no questions generated for task '" + task.name()
                + "', of kind " + task.kind().id() + ": the generator writes questions of rubric and conversation tasks only. Write its"
                + " questions in the suite file by hand, with " + handWritten(task.kind()) + " (docs/suites.md)."));
        List<Task> tasks = allTasks.stream().filter(SuiteGenerator::written).toList();
        // the generator's calls are counted for the persona they write for
        return io.github.personagym.llm.UsageMeter.attributedTo(persona.id(),
                () -> generateFor(persona, personaHash, tasks, environmentPool));
    }

    /** Whether the generator writes the task's questions: a rubric task's questions, a conversation task's conversation. */
    private static boolean written(Task task) {
        return task.kind() == io.github.personagym.TaskKind.RUBRIC || task.kind() == io.github.personagym.TaskKind.CONVERSATION;
    }

    private static String handWritten(io.github.personagym.TaskKind kind) {
        return switch (kind) {
            case CHOICE -> "'options' and 'answer'";
            case REFERENCE -> "a 'reference' answer";
            default -> "the earlier turns under 'context'";
        };
    }

    private Suite generateFor(Persona persona, String personaHash, List<Task> tasks, List<String> environmentPool) {
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
            return new Suite(persona.id(), personaHash, generatorSpec, environments, keyed(tasks, drafts),
                    Optional.empty(), PersonaFingerprint.of(persona).fieldHashes());
        } finally {
            threads.shutdownNow();
        }
    }

    /** A rubric task's questions; a conversation task's one conversation, as a draft per turn (in order). */
    private List<QuestionWriting.Drafted> draft(Persona persona, Task task, List<String> environments) {
        if (task.kind() != io.github.personagym.TaskKind.CONVERSATION) {
            return writing.write(persona, task, environments);
        }
        ConversationWriting.Drafted conversation = conversations.write(persona, task, environments);
        return conversation.turns().stream().map(turn -> new QuestionWriting.Drafted(conversation.environment(), turn))
                .toList();
    }

    private List<SuiteQuestion> keyed(List<Task> tasks, List<CompletableFuture<List<QuestionWriting.Drafted>>> drafts) {
        List<SuiteQuestion> questions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            String slug = uniqueSlug(task.name(), slugs);
            try {
                List<QuestionWriting.Drafted> drafted = drafts.get(t).join();
                boolean conversation = task.kind() == io.github.personagym.TaskKind.CONVERSATION;
                for (int n = 0; n < drafted.size(); n++) {
                    var draft = drafted.get(n);
                    // a conversation task's drafts are the turns of one conversation, keyed <slug>-1-turn-<n>
                    questions.add(conversation ? new SuiteQuestion(ConversationTurn.key(slug + "-1", n + 1),
                            task.name(), draft.environment(), draft.question(), Optional.empty(), 0, Optional.empty(),
                            List.of(), Optional.of(new ConversationTurn(slug + "-1", n + 1, drafted.size())))
                            : new SuiteQuestion(slug + "-" + (n + 1), task.name(), draft.environment(),
                            draft.question(), Optional.empty(), 0));
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
