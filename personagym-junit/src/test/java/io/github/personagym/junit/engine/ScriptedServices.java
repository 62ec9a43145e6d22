package io.github.personagym.junit.engine;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.personagym.Persona;
import io.github.personagym.PersonaAgent;
import io.github.personagym.Task;
import io.github.personagym.environment.EnvironmentPool;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.Verdict;
import io.github.personagym.evaluation.ExemplarSource;
import io.github.personagym.generation.SuiteGenerator;
import io.github.personagym.services.GymServices;
import io.github.personagym.task.TaskCatalog;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Services for the engine's tests. Nothing here is a model: the judge scores by keywords and the generator
 * returns scripted JSON.
 */
final class ScriptedServices implements GymServices {

    /** Scripted judge: "Arr" is in character (5), "As an AI" is not (1), "JUDGE-ERROR" makes the call fail. */
    static final Judge KEYWORD_JUDGE = new Judge() {
        @Override
        public String id() {
            return "scripted-judge";
        }

        @Override
        public List<Verdict> judge(Persona persona, Task task, List<Answer> answers) {
            return answers.stream().map(answer -> {
                String text = answer.text();
                if (text.contains("JUDGE-ERROR")) {
                    return Verdict.error(id(), "scripted: HTTP 500 after 4 attempts");
                }
                if (text.contains("As an AI")) {
                    return Verdict.scored(id(), 1, "scripted: speaks as an assistant, not as the persona");
                }
                return Verdict.scored(id(), text.contains("Arr") ? 5 : 3, "scripted: keyword score");
            }).toList();
        }
    };

    final AtomicInteger generatorCalls = new AtomicInteger();
    boolean withGenerator;
    Judge judge = KEYWORD_JUDGE;

    @Override
    public TaskCatalog tasks() {
        return TaskCatalog.builtIn();
    }

    @Override
    public EnvironmentPool environments() {
        return EnvironmentPool.defaultPool();
    }

    /** When set, the judges cannot be made: every evaluation of the run fails with it. */
    RuntimeException judgesError;

    @Override
    public List<Judge> judges() {
        if (judgesError != null) {
            throw judgesError;
        }
        return List.of(judge);
    }

    @Override
    public ExemplarSource exemplars() {
        return ExemplarSource.none();
    }

    @Override
    public Optional<SuiteGenerator> suiteGenerator() {
        return withGenerator ? Optional.of(new SuiteGenerator(new ScriptedGenerator(), "scripted:generator", 2, 2, 2))
                : Optional.empty();
    }

    @Override
    public String whyNoGenerator() {
        return "set personagym.generator (scripted services have none)";
    }

    @Override
    public Optional<PersonaAgent> modelAgent(Persona persona) {
        return Optional.of(question -> "Arr, " + question);
    }

    @Override
    public String whyNoModelAgent() {
        return "none";
    }

    @Override
    public String generatorSpec() {
        return "scripted:generator";
    }

    /** Scripted generator: two questions per task in the persona's first environment. */
    private final class ScriptedGenerator implements ChatModel {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            generatorCalls.incrementAndGet();
            String user = request.messages().stream().filter(UserMessage.class::isInstance)
                    .map(m -> ((UserMessage) m).singleText()).reduce("", String::concat);
            String environment = user.contains("Hospital Ward") ? "Hospital Ward" : "Wedding";
            String task = Task.BUILT_IN_NAMES.stream().filter(t -> user.contains("(" + t + ")")).findFirst()
                    .orElse("?");
            String json = "{\"questions\": [{\"environment\": \"" + environment + "\", \"question\": \"First "
                    + task + " question?\"}, {\"environment\": \"" + environment + "\", \"question\": \"Second "
                    + task + " question?\"}]}";
            return ChatResponse.builder().aiMessage(AiMessage.from(json)).build();
        }
    }
}
