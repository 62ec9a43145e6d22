package io.github.personagym.generation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prompt that asks a generator for score exemplars: persona and rubric once, then the questions, each
 * with an id. Our wording; PersonaGym's logic (one example answer per score, per question).
 */
final class ExemplarPrompt {

    private static final String SYSTEM = """
            You write calibration material for graders of role-play: example answers that show what each \
            score of a rubric looks like.""";

    private ExemplarPrompt() {
    }

    /** {@code questions}: the question text by id (1, 2, …), in order. */
    static List<ChatMessage> messages(Persona persona, Task task, Map<Integer, String> questions,
                                      Optional<String> previousProblem) {
        var text = new StringBuilder("""
                For each question below, write five answers that the persona described here might give, one for \
                each score of the rubric: the answer for score 1 fits the criterion for score 1, and so on up to \
                score 5. Write each as the answer itself, in the words the speaker would use, with no label, score \
                or commentary. Make the five answers clearly different, so that a grader can tell which one a new \
                answer resembles.

                ## Persona
                """);
        text.append(persona.profile().strip()).append("\n\n## Rubric: ").append(task.name()).append('\n');
        text.append("What it measures: ").append(task.description().strip()).append('\n');
        for (int score = Task.MIN_SCORE; score <= Task.MAX_SCORE; score++) {
            text.append("Score ").append(score).append(": ").append(task.criterion(score).strip()).append('\n');
        }
        text.append("\n## Questions\n");
        questions.forEach((id, question) -> text.append(id).append(". ").append(question.strip()).append('\n'));
        previousProblem.ifPresent(problem -> text.append("\n## Note\nYour previous reply for this question could ")
                .append("not be used (").append(problem).append("). Follow the reply format exactly.\n"));
        text.append("""

                ## Reply format
                Reply with one JSON object and nothing else:
                {"questions":[{"id":<question id>,"exemplars":["<score 1 answer>","<score 2 answer>",\
                "<score 3 answer>","<score 4 answer>","<score 5 answer>"]}]}
                Give exactly one entry per question, for ids\s""");
        text.append(String.join(", ", questions.keySet().stream().map(String::valueOf).toList())).append('.');
        return List.of(SystemMessage.from(SYSTEM), UserMessage.from(text.toString()));
    }
}
