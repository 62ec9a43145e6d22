package io.github.personagym.validity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import io.github.personagym.judge.Answer;
import io.github.personagym.judge.Judge;
import io.github.personagym.judge.PersonaCalibratedJudge;
import io.github.personagym.judge.ScoreExemplars;
import io.github.personagym.judge.Verdict;
import io.github.personagym.task.TaskCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Measures a judge on labelled answers: any judge, the offline one or an LLM ensemble. The answers are judged as a
 * run would judge them (by task, in batches, with each question's score exemplars), then compared by kind.
 *
 * <pre>
 * ValidityReport report = JudgeValidity.measure(judge, persona, TaskCatalog.builtIn(), suiteQuestions, others, labelled);
 * assertThat(report).ranksInCharacterAbove(0.9);
 * </pre>
 * A judge that calibrates per persona ({@link PersonaCalibratedJudge}, the offline judge) is calibrated on the
 * suite's exemplars and the other personas, as a run calibrates it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JudgeValidity {

    private JudgeValidity() {
    }

    /**
     * Judges every labelled answer and gathers the figures.
     *
     * @param suite  the persona's suite questions
     * @param others the other personas of the run, with their suites' exemplars (what the offline judge contrasts
     *               with); empty for none
     * @throws IllegalArgumentException when an answer names a question or task that is not there
     */
    public static ValidityReport measure(Judge judge, Persona persona, TaskCatalog tasks,
            List<LabelledQuestion> suite, Map<Persona, List<ScoreExemplars>> others, LabelledAnswers labelled) {
        Function<String, Optional<LabelledQuestion>> questions = key ->
                suite.stream().filter(q -> q.key().equals(key)).findFirst();
        Judge calibrated = judge instanceof PersonaCalibratedJudge c
                ? c.calibrated(persona, suite.stream().flatMap(q -> q.exemplars().stream()).toList(), others)
                : judge;
        Map<String, List<LabelledAnswer>> byTask = new LinkedHashMap<>();
        Map<LabelledAnswer, LabelledQuestion> questionOf = new LinkedHashMap<>();
        for (LabelledAnswer answer : labelled.answers()) {
            LabelledQuestion question = questions.apply(answer.questionKey()).orElseThrow(() ->
                    new IllegalArgumentException(labelled.file() + ":" + answer.line() + ": no question '"
                            + answer.questionKey() + "' in the suite of persona '" + labelled.personaId() + "'"));
            questionOf.put(answer, question);
            byTask.computeIfAbsent(question.task(), task -> new ArrayList<>()).add(answer);
        }
        Map<LabelledAnswer, Verdict> verdicts = new LinkedHashMap<>();
        byTask.forEach((taskName, answers) -> {
            Task task = tasks.find(taskName).orElseThrow(() -> new IllegalArgumentException(
                    "No task '" + taskName + "' in the task catalogue"));
            List<Answer> toJudge = answers.stream().map(a -> {
                LabelledQuestion q = questionOf.get(a);
                return new Answer(q.key(), q.text(), a.text(), q.exemplars());
            }).toList();
            List<Verdict> given = calibrated.judge(persona, task, toJudge);
            for (int i = 0; i < answers.size(); i++) {
                verdicts.put(answers.get(i), given.get(i));
            }
        });
        List<ValidityReport.Judged> judged = labelled.answers().stream()
                .map(a -> new ValidityReport.Judged(labelled.personaId(), a, verdicts.get(a))).toList();
        return new ValidityReport(judge.id(), figures(judged), judged);
    }

    static Map<String, KindFigures> figures(List<ValidityReport.Judged> judged) {
        Map<String, KindFigures> figures = new LinkedHashMap<>();
        for (String kind : judged.stream().map(j -> j.answer().kind()).distinct().toList()) {
            List<ValidityReport.Judged> ofKind = judged.stream().filter(j -> j.answer().kind().equals(kind)).toList();
            int unscored = (int) ofKind.stream().filter(j -> !j.verdict().isScored()).count();
            OptionalDouble mean = ofKind.stream().filter(j -> j.verdict().isScored())
                    .mapToInt(j -> j.verdict().score().getAsInt()).average();
            int pairs = 0;
            int below = 0;
            if (!LabelledAnswer.IN_CHARACTER.equals(kind)) {
                for (ValidityReport.Judged broken : ofKind) {
                    for (ValidityReport.Judged reference : judged) {
                        if (reference.answer().inCharacter()
                                && reference.answer().questionKey().equals(broken.answer().questionKey())) {
                            pairs++;
                            below += rankedAbove(reference.verdict(), broken.verdict()) ? 1 : 0;
                        }
                    }
                }
            }
            figures.put(kind, new KindFigures(kind, ofKind.size(), unscored, mean, pairs, below));
        }
        return figures;
    }

    /** Both scored and the in-character answer strictly higher: an unscored answer on either side is no win. */
    private static boolean rankedAbove(Verdict inCharacter, Verdict other) {
        return inCharacter.isScored() && other.isScored()
                && inCharacter.score().getAsInt() > other.score().getAsInt();
    }
}
