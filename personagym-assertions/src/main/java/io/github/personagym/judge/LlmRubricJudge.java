package io.github.personagym.judge;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.llm.ModelCall;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.config.ConfigKeys;
import io.github.personagym.config.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A judge backed by a chat model: it grades answers against a task's rubric and each question's score
 * exemplars, several answers per call with the rubric stated once.
 *
 * <p>It asks for a JSON verdict (a JSON-schema response format) or, for providers without structured
 * output, for strict text lines marked with the call's nonce. An item whose verdict is missing or invalid is
 * asked again alone, a bounded number of times, then reported {@linkplain Verdict#unparseable unparseable}
 * with the raw reply. A model call that fails (after the model layer's own retries) gives an
 * {@linkplain Verdict#error error} verdict for each item of that call. Neither is ever a score.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LlmRubricJudge implements Judge {

    /**
     * How the judge calls its model.
     *
     * @param batchSize        answers per call, at least 1 (default 5, as in the paper)
     * @param reparseAttempts  times an item with an unreadable verdict is asked again alone (default 2)
     * @param structuredOutput whether to ask for a JSON-schema response; off for providers without it
     */
    public record Options(int batchSize, int reparseAttempts, boolean structuredOutput) {

        public Options {
            if (batchSize < 1) {
                throw new IllegalArgumentException("The judge batch size must be at least 1, got " + batchSize);
            }
            if (reparseAttempts < 0) {
                throw new IllegalArgumentException("Reparse attempts must not be negative, got " + reparseAttempts);
            }
        }

        public static Options defaults() {
            return new Options(5, 2, true);
        }

        /** Batch size, reparse attempts and structured output (default on) from configuration. */
        public static Options from(Configuration configuration) {
            return new Options(configuration.getInt(ConfigKeys.JUDGE_BATCH_SIZE, ConfigKeys.DEFAULT_JUDGE_BATCH_SIZE),
                    configuration.getInt(ConfigKeys.JUDGE_REPARSE_ATTEMPTS, ConfigKeys.DEFAULT_JUDGE_REPARSE_ATTEMPTS),
                    configuration.getBoolean(ConfigKeys.JUDGE_STRUCTURED_OUTPUT, true));
        }

        public Options withStructuredOutput(boolean structured) {
            return new Options(batchSize, reparseAttempts, structured);
        }

        public Options withBatchSize(int size) {
            return new Options(size, reparseAttempts, structuredOutput);
        }
    }

    static final String NO_ANSWER = "agent gave no answer";

    private static final ResponseFormat VERDICTS_FORMAT = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("verdicts").rootElement(verdictsSchema()).build())
            .build();

    private final ChatModel model;
    private final String id;
    private final Options options;

    public LlmRubricJudge(ChatModel model, String id, Options options) {
        this.model = Objects.requireNonNull(model, "model");
        this.id = Objects.requireNonNull(id, "id");
        this.options = Objects.requireNonNull(options, "options");
    }

    public static LlmRubricJudge of(ChatModel model, String id) {
        return new LlmRubricJudge(model, id, Options.defaults());
    }

    @Override
    public String id() {
        return id;
    }

    /** The system message of every call of an LLM judge: recorded judge calls are known by it. */
    public static String systemMessage() {
        return RubricPrompt.SYSTEM;
    }

    public Options options() {
        return options;
    }

    @Override
    public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
        var verdicts = new Verdict[answers.size()];
        var pending = new ArrayList<Integer>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).text().isBlank()) {
                verdicts[i] = Verdict.error(id, NO_ANSWER);
            } else {
                pending.add(i);
            }
        }
        for (int from = 0; from < pending.size(); from += options.batchSize()) {
            var batch = pending.subList(from, Math.min(pending.size(), from + options.batchSize()));
            judgeBatch(persona, task, answers, batch, verdicts);
        }
        return List.of(verdicts);
    }

    private void judgeBatch(Persona persona, Task task, List<Answer> answers, List<Integer> batch,
                            Verdict[] verdicts) {
        var items = new ArrayList<RubricPrompt.Item>();
        for (int k = 0; k < batch.size(); k++) {
            items.add(new RubricPrompt.Item(k + 1, answers.get(batch.get(k))));
        }
        var prompt = new RubricPrompt(persona, task, items, options.structuredOutput(), Optional.empty());
        ModelCall call = ModelCall.ask(model, request(prompt));
        if (call.failed()) {
            batch.forEach(i -> verdicts[i] = failedCall(call));
            return;
        }
        var outcome = parse(prompt, call.replyText());
        for (var item : items) {
            int index = batch.get(item.id() - 1);
            var parsed = outcome.verdicts().get(item.id());
            verdicts[index] = parsed != null
                    ? Verdict.scored(id, parsed.score(), parsed.reasoning())
                    : askAlone(persona, task, item.answer(), outcome.problems().get(item.id()), call.replyText());
        }
    }

    private Verdict askAlone(Persona persona, Task task, Answer answer, String problem, String rawReply) {
        String lastProblem = problem;
        String lastReply = rawReply;
        for (int attempt = 1; attempt <= options.reparseAttempts(); attempt++) {
            var prompt = new RubricPrompt(persona, task, List.of(new RubricPrompt.Item(1, answer)),
                    options.structuredOutput(), Optional.of(reaskNote(attempt, lastProblem)));
            ModelCall call = ModelCall.ask(model, request(prompt));
            if (call.failed()) {
                return failedCall(call);
            }
            var outcome = parse(prompt, call.replyText());
            var parsed = outcome.verdicts().get(1);
            if (parsed != null) {
                return Verdict.scored(id, parsed.score(), parsed.reasoning());
            }
            lastProblem = outcome.problems().get(1);
            lastReply = call.replyText();
        }
        return Verdict.unparseable(id, "judge reply unreadable after " + options.reparseAttempts()
                + " re-asks: " + lastProblem, lastReply);
    }

    /** The attempt is part of the note, so that a re-ask is a new request, never a replay of the bad reply. */
    public static String reaskNote(int attempt, String problem) {
        return "(re-ask " + attempt + ") " + problem;
    }

    private VerdictParser.Outcome parse(RubricPrompt prompt, String reply) {
        var ids = prompt.items().stream().map(RubricPrompt.Item::id).toList();
        return options.structuredOutput()
                ? VerdictParser.fromJson(reply, ids)
                : VerdictParser.fromText(reply, ids, prompt.nonce());
    }

    private Verdict failedCall(ModelCall call) {
        return Verdict.error(id, "judge call failed: " + call.failure().orElse("unknown error"));
    }

    private ChatRequest request(RubricPrompt prompt) {
        var request = ChatRequest.builder().messages(prompt.messages()).temperature(0.0);
        if (options.structuredOutput()) {
            request.responseFormat(VERDICTS_FORMAT);
        }
        return request.build();
    }

    private static JsonObjectSchema verdictsSchema() {
        var verdict = JsonObjectSchema.builder()
                .addIntegerProperty("id", "the item id")
                .addStringProperty("reasoning", "why the response earns this score")
                .addIntegerProperty("score", "a whole number from 1 to 5")
                .required("id", "reasoning", "score")
                .additionalProperties(false)
                .build();
        return JsonObjectSchema.builder()
                .addProperty("verdicts", JsonArraySchema.builder().items(verdict).build())
                .required("verdicts")
                .additionalProperties(false)
                .build();
    }
}
