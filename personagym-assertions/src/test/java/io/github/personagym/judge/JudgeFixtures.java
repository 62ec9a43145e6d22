package io.github.personagym.judge;

import io.github.personagym.Persona;
import io.github.personagym.Task;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A persona, a task and answers for judge tests, all written for these tests. */
public final class JudgeFixtures {

    public static final Persona CAPTAIN = Persona.of("captain",
            "A retired sea captain from Maine, gruff and plain-spoken, who judges people by how they handle a storm.");

    public static final String CRITERION_1 = "Speaks like a generic assistant; no trace of the captain's habits.";

    public static final Task HABITS = new Task(Task.LINGUISTIC_HABITS,
            "Whether the response sounds like the persona: vocabulary, rhythm and turns of phrase.",
            "Ask questions that invite the persona to talk at length.",
            List.of(CRITERION_1,
                    "A few nautical words, otherwise bland and formal.",
                    "Recognisably the captain in places, generic in others.",
                    "Sounds like the captain throughout, with small slips.",
                    "Unmistakably the captain: terse, salty, concrete, consistent."),
            true);

    private static final Pattern NONCE = Pattern.compile("fence=\"([0-9a-f]{16})\"");

    private JudgeFixtures() {
    }

    static ScoreExemplars exemplars(String question) {
        return new ScoreExemplars(List.of(
                "Score-1 exemplar for " + question + ": Certainly! Here is a helpful overview.",
                "Score-2 exemplar for " + question + ": Well, ahoy, I suppose it is a fine question.",
                "Score-3 exemplar for " + question + ": Been at sea a while, and I'd say it depends.",
                "Score-4 exemplar for " + question + ": Forty years before the mast taught me this much.",
                "Score-5 exemplar for " + question + ": Batten down and listen, lad. Sea don't forgive."),
                "hand-written");
    }

    static Answer answer(int n, String text) {
        String question = "Question " + n + ": what would you do in a squall?";
        return Answer.of("q" + n, question, text, exemplars(question));
    }

    static List<Answer> answers(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> answer(n, "Answer " + n + ": reef the sails and keep her head to the wind."))
                .toList();
    }

    /** The nonce of a judge prompt, as a scripted judge would read it. */
    static String nonceOf(String prompt) {
        Matcher matcher = NONCE.matcher(prompt);
        if (!matcher.find()) {
            throw new AssertionError("No fence nonce in prompt");
        }
        return matcher.group(1);
    }

    /** A SCRIPTED JSON verdict reply: one verdict per given score, ids from 1. */
    static String jsonVerdicts(int... scores) {
        var entries = new StringBuilder();
        for (int i = 0; i < scores.length; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1)
                    .append(",\"reasoning\":\"scripted reasoning ").append(i + 1).append("\",\"score\":")
                    .append(scores[i]).append('}');
        }
        return "{\"verdicts\":[" + entries + "]}";
    }
}
