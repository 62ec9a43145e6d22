package io.github.personagym.junit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic fake model behind the local OpenAI-compatible server. It tells judge, exemplar and agent
 * requests apart by their response format and answers each with SCRIPTED text derived from a hash of what
 * it was asked: a judge item's score depends only on its question and answer, so a verdict asked again
 * alone (after a garbled reply) gets the same score.
 */
final class ScriptedModel {

    /** What a request asks for. */
    enum Kind { JUDGE, EXEMPLARS, AGENT, ENVIRONMENTS, QUESTIONS }

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern ITEM = Pattern.compile("<item id=\"(\\d+)\">\\nQuestion: (.*?)\\n", Pattern.DOTALL);
    private static final Pattern ANSWER = Pattern.compile(
            "<answer id=\"(\\d+)\" fence=\"([0-9a-f]+)\">\\n(.*?)\\n</answer id=\"\\1\" fence=\"\\2\">", Pattern.DOTALL);
    private static final Pattern QUESTION_LINE = Pattern.compile("^(\\d+)\\. (.*)$");

    private ScriptedModel() {
    }

    static Kind kind(JsonNode request) {
        String schema = request.at("/response_format/json_schema/name").asText("");
        return switch (schema) {
            case "verdicts" -> Kind.JUDGE;
            case "score_exemplars" -> Kind.EXEMPLARS;
            case "environment_selection" -> Kind.ENVIRONMENTS;
            case "questions" -> Kind.QUESTIONS;
            default -> Kind.AGENT;
        };
    }

    /** The reply content for a request. */
    static String reply(Kind kind, JsonNode request) {
        String user = lastUserText(request);
        return switch (kind) {
            case JUDGE -> verdicts(user);
            case EXEMPLARS -> exemplars(user);
            case AGENT -> answer(allText(request));
            case ENVIRONMENTS -> environments(user);
            case QUESTIONS -> questions(user);
        };
    }

    /** The first settings listed in the selection prompt ("- name" lines), as many as it asks for. */
    private static String environments(String prompt) {
        List<String> listed = listed(prompt);
        Matcher count = Pattern.compile("(\\d+)").matcher(prompt.substring(Math.max(0, prompt.lastIndexOf("Choose"))));
        int wanted = count.find() ? Integer.parseInt(count.group(1)) : 2;
        return json(Map.of("environments", listed.subList(0, Math.min(wanted, listed.size()))));
    }

    /** As many questions as asked ("Write exactly N"), spread over the listed settings, worded from a hash. */
    private static String questions(String prompt) {
        List<String> settings = listed(prompt);
        Matcher count = Pattern.compile("Write exactly (\\d+)").matcher(prompt);
        int wanted = count.find() ? Integer.parseInt(count.group(1)) : 1;
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            String setting = settings.get(i % settings.size());
            items.add(Map.of("environment", setting, "question", "Scripted question " + Math.floorMod(hash(prompt
                    + i), 100_000) + ": what do you do at the " + setting + "?"));
        }
        return json(Map.of("questions", items));
    }

    private static List<String> listed(String prompt) {
        List<String> names = new ArrayList<>();
        for (String line : prompt.split("\n")) {
            if (line.startsWith("- ")) {
                names.add(line.substring(2).strip());
            }
        }
        return names;
    }

    /** The score the scripted judge gives an answer to a question: 1 to 5, from their hash. */
    static int score(String question, String answer) {
        return 1 + Math.floorMod(hash(question.strip() + "\n" + answer.strip()), 5);
    }

    static String allText(JsonNode request) {
        var text = new StringBuilder();
        request.path("messages").forEach(m -> text.append(m.path("content").asText("")).append('\n'));
        return text.toString();
    }

    private static String lastUserText(JsonNode request) {
        String text = "";
        for (JsonNode message : request.path("messages")) {
            if (message.path("role").asText().equals("user")) {
                text = message.path("content").asText("");
            }
        }
        return text;
    }

    private static String verdicts(String prompt) {
        Map<String, String> questions = new LinkedHashMap<>();
        Matcher item = ITEM.matcher(prompt);
        while (item.find()) {
            questions.put(item.group(1), item.group(2));
        }
        List<Map<String, Object>> verdicts = new ArrayList<>();
        Matcher answer = ANSWER.matcher(prompt);
        while (answer.find()) {
            String id = answer.group(1);
            int score = score(questions.getOrDefault(id, ""), answer.group(3));
            verdicts.add(Map.of("id", Integer.parseInt(id), "score", score, "reasoning",
                    "Scripted verdict: the response reads like the score-" + score + " example more than any other."));
        }
        return json(Map.of("verdicts", verdicts));
    }

    private static String exemplars(String prompt) {
        List<Map<String, Object>> entries = new ArrayList<>();
        int start = prompt.indexOf("## Questions\n");
        for (String line : prompt.substring(Math.max(0, start)).split("\n")) {
            Matcher m = QUESTION_LINE.matcher(line);
            if (m.matches()) {
                List<String> five = new ArrayList<>();
                for (int score = 1; score <= 5; score++) {
                    five.add(exemplar(m.group(2), score));
                }
                entries.add(Map.of("id", Integer.parseInt(m.group(1)), "exemplars", five));
            }
        }
        return json(Map.of("questions", entries));
    }

    private static String exemplar(String question, int score) {
        return "Scripted example answer for score " + score + " (" + Math.floorMod(hash(question), 997) + "): "
                + FILLER.substring(0, 120 + 30 * score);
    }

    private static String answer(String prompt) {
        int h = Math.floorMod(hash(prompt), 1_000_000);
        return "Scripted answer #" + h + ": " + FILLER.substring(0, 150 + h % 150);
    }

    private static final String FILLER = ("I would take a moment to look at what is in front of me, think about the "
            + "people involved and what they need, and then act the way I always have: plainly, with care, and "
            + "with the habits of a lifetime showing in every word I say and every choice I make along the way. ")
            .repeat(3);

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
