package io.github.personagym.metric;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.TaskKind;

/**
 * What a question of a judge-free task says a right answer is: a reference answer, or options with the right one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface AnswerKey permits ReferenceAnswer, Choices {

    /** The kind of task this key belongs to. */
    TaskKind kind();

    /** What the agent is asked: the question, with the options of a multiple-choice question. */
    String prompt(String question);
}
