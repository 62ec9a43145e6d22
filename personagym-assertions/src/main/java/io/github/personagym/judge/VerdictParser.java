package io.github.personagym.judge;

import io.github.personagym.llm.ModelCall;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.personagym.Task;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a judge's reply strictly: exactly one verdict per requested item, a whole score from 1 to 5 and a
 * reasoning. Anything else is a problem for that item, never a guess.
 */
final class VerdictParser {

    /** A verdict read from the reply, before it is given the judge's id. */
    record Parsed(int score, String reasoning) {
    }

    /** Per requested id, either a verdict or the reason there is none. */
    record Outcome(Map<Integer, Parsed> verdicts, Map<Integer, String> problems) {
    }

    private VerdictParser() {
    }

    static Outcome fromJson(String reply, List<Integer> ids) {
        var candidates = new HashMap<Integer, Candidates>();
        ids.forEach(id -> candidates.put(id, new Candidates()));
        var root = ModelCall.jsonObject(reply);
        if (root.isEmpty() || !root.get().path("verdicts").isArray()) {
            return allFailed(ids, "the reply is not a JSON object with a \"verdicts\" array");
        }
        for (JsonNode entry : root.get().get("verdicts")) {
            JsonNode id = entry.path("id");
            if (id.isInt() && candidates.containsKey(id.intValue())) {
                candidates.get(id.intValue()).add(entry.path("score").isInt() ? entry.get("score").intValue() : -1,
                        entry.path("score").toString(), entry.path("reasoning").isTextual()
                                ? entry.get("reasoning").textValue() : "");
            }
        }
        return collect(ids, candidates);
    }

    static Outcome fromText(String reply, List<Integer> ids, String nonce) {
        var candidates = new HashMap<Integer, Candidates>();
        ids.forEach(id -> candidates.put(id, new Candidates()));
        var reasons = new HashMap<Integer, String>();
        Pattern verdict = Pattern.compile("VERDICT\\s+(\\d+)\\s+" + Pattern.quote(nonce) + "\\s*:\\s*score\\s*=\\s*(\\S+)");
        Pattern reasoning = Pattern.compile("REASONING\\s+(\\d+)\\s+" + Pattern.quote(nonce) + "\\s*:\\s*(.*)");
        for (String rawLine : reply.split("\\R")) {
            String line = rawLine.strip().replaceAll("^[*`]+|[*`]+$", "").strip();
            Matcher r = reasoning.matcher(line);
            if (r.matches()) {
                reasons.putIfAbsent(Integer.parseInt(r.group(1)), r.group(2).strip());
            }
            Matcher v = verdict.matcher(line);
            if (v.matches() && candidates.containsKey(Integer.parseInt(v.group(1)))) {
                String score = v.group(2);
                candidates.get(Integer.parseInt(v.group(1)))
                        .add(score.matches("[0-9]") ? Integer.parseInt(score) : -1, score, "");
            }
        }
        candidates.forEach((id, found) -> found.reasoning(reasons.getOrDefault(id, "")));
        return collect(ids, candidates);
    }

    private static Outcome collect(List<Integer> ids, Map<Integer, Candidates> candidates) {
        var verdicts = new LinkedHashMap<Integer, Parsed>();
        var problems = new LinkedHashMap<Integer, String>();
        for (int id : ids) {
            Candidates found = candidates.get(id);
            String problem = found.problem(id);
            if (problem.isEmpty()) {
                verdicts.put(id, new Parsed(found.score, found.reasoning.strip()));
            } else {
                problems.put(id, problem);
            }
        }
        return new Outcome(verdicts, problems);
    }

    private static Outcome allFailed(List<Integer> ids, String problem) {
        var problems = new LinkedHashMap<Integer, String>();
        ids.forEach(id -> problems.put(id, problem));
        return new Outcome(Map.of(), problems);
    }

    /** What the reply said about one item. */
    private static final class Candidates {
        private int count;
        private int score;
        private String scoreText = "";
        private String reasoning = "";

        void add(int score, String scoreText, String reasoning) {
            count++;
            this.score = score;
            this.scoreText = scoreText;
            this.reasoning = reasoning;
        }

        void reasoning(String text) {
            this.reasoning = text;
        }

        String problem(int id) {
            if (count == 0) {
                return "no verdict for item " + id;
            }
            if (count > 1) {
                return count + " verdicts for item " + id + ", expected exactly one";
            }
            if (score < Task.MIN_SCORE || score > Task.MAX_SCORE) {
                return "the score of item " + id + " is " + scoreText + ", not a whole number from 1 to 5";
            }
            return reasoning.isBlank() ? "no reasoning for item " + id : "";
        }
    }
}
