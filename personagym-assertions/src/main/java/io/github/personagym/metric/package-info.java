/**
 * Judge-free scoring of answers: ROUGE-L against a reference answer ({@link io.github.personagym.metric.RougeL}),
 * the option a multiple-choice reply names ({@link io.github.personagym.metric.OptionReader}), and what a question
 * of such a task carries in its suite ({@link io.github.personagym.metric.AnswerKey}). No model is called here.
 */
package io.github.personagym.metric;
