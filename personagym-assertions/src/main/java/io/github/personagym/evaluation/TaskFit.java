package io.github.personagym.evaluation;

import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.Task;
import io.github.personagym.TaskKind;
import io.github.personagym.metric.AnswerKey;
import io.github.personagym.metric.Choices;
import java.util.Optional;

/**
 * Whether a suite question gives what its task's kind needs: nothing more for a rubric task, a reference answer for a
 * reference task, options and an answer for a choice task. A question that does not fit is not asked: its test fails
 * with what to change in the suite file.
 */
final class TaskFit {

    private TaskFit() {
    }

    /** Why the question does not fit its task, when it does not. */
    static Optional<String> problem(Task task, SuiteQuestion question) {
        Optional<String> conversational = conversational(task, question);
        if (conversational.isPresent()) {
            return conversational;
        }
        Optional<TaskKind> given = question.answerKey().map(AnswerKey::kind);
        if (given.equals(task.isRubric() ? Optional.empty() : Optional.of(task.kind()))) {
            return Optional.empty();
        }
        String where = question.line() > 0 ? " (line " + question.line() + " of the suite file)" : "";
        String it = "question '" + question.key() + "'" + where;
        if (task.isRubric()) {
            return Optional.of(it + " has " + what(question.answerKey().get()) + ", but task '" + task.name()
                    + "' is of kind rubric, whose answers the judges score with its rubric. Remove "
                    + fields(given.get()) + " from the question, or give the task the kind " + given.get().id()
                    + " in its task file.");
        }
        return Optional.of(it + " of task '" + task.name() + "', of kind " + task.kind().id() + ", has "
                + question.answerKey().map(TaskFit::what).orElse("no " + fields(task.kind())) + ". Give it "
                + fields(task.kind()) + " in the suite file" + (task.kind() == TaskKind.CHOICE
                ? " (the options, and the letter of the right one)" : " (the answer it is compared with)") + ".");
    }

    /**
     * Whether a question's earlier turns fit its task: a dialogue task's questions have 'context', a conversation
     * task's are turns of a conversation, and no other kind has either.
     */
    private static Optional<String> conversational(Task task, SuiteQuestion question) {
        String where = question.line() > 0 ? " (line " + question.line() + " of the suite file)" : "";
        String it = "question '" + question.key() + "'" + where + " of task '" + task.name() + "', of kind "
                + task.kind().id() + ",";
        boolean context = !question.context().isEmpty();
        boolean turn = question.turn().isPresent();
        return switch (task.kind()) {
            case DIALOGUE -> context ? Optional.empty() : Optional.of(it + " has " + (turn
                    ? "turns of a conversation" : "no 'context'") + ". Give it 'context': the earlier turns ('- user:"
                    + " …', '- persona: …') its question is asked after, or give the task the kind "
                    + (turn ? "conversation" : "rubric") + " in its task file.");
            case CONVERSATION -> turn ? Optional.empty() : Optional.of(it + " is a single question. Write it as a"
                    + " conversation: an entry with 'turns' (the user's messages, in order) instead of 'question',"
                    + " or give the task the kind " + (context ? "dialogue" : "rubric") + " in its task file.");
            default -> context || turn ? Optional.of(it + " has " + (context ? "'context' (earlier turns)"
                    : "turns of a conversation") + ", which only tasks of kind " + (context ? "dialogue" : "conversation")
                    + " read. Give the task that kind in its task file, or remove " + (context ? "'context'" : "'turns'")
                    + " from the question.") : Optional.empty();
        };
    }

    private static String what(AnswerKey key) {
        return key instanceof Choices ? "options" : "a reference answer";
    }

    private static String fields(TaskKind kind) {
        return kind == TaskKind.CHOICE ? "'options' and 'answer'" : "'reference'";
    }
}
