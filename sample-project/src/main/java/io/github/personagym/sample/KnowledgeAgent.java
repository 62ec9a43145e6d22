package io.github.personagym.sample;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import io.github.personagym.ConversationalAgent;
import io.github.personagym.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A retrieval agent that needs no LLM: it answers a question with the lines of its persona's knowledge file
 * that are closest in meaning to the question, found with the in-process all-MiniLM-L6-v2 embedding model.
 * The kind of agent a small team ships for an in-game character or an FAQ voice.
 *
 * <p>In a conversation it looks up the new message alone and does not say again a line it said earlier in the
 * conversation. (Asked as a plain single-question agent, with the earlier turns written before the message, its
 * look-up matched the transcript and it gave the same two lines turn after turn: the sample's Long Watch
 * conversation caught that as drift.)
 */
public final class KnowledgeAgent implements ConversationalAgent {

    private static final int LINES_PER_ANSWER = 2;
    private static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();

    private final List<String> lines;
    private final List<Embedding> embeddings;

    public KnowledgeAgent(List<String> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A knowledge agent needs at least one line of knowledge");
        }
        this.lines = List.copyOf(lines);
        this.embeddings = MODEL.embedAll(lines.stream().map(TextSegment::from).toList()).content();
    }

    /** The agent of a persona whose knowledge is in {@code knowledge/<personaId>.txt} on the classpath. */
    public static KnowledgeAgent forPersona(String personaId) {
        String resource = "knowledge/" + personaId + ".txt";
        try (InputStream in = KnowledgeAgent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No knowledge file " + resource + " on the classpath");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return new KnowledgeAgent(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public String reply(List<Turn> history, String message) {
        Embedding asked = MODEL.embed(message).content();
        List<String> said = history.stream().filter(turn -> !turn.byUser()).map(Turn::text).toList();
        return IntStream.range(0, lines.size()).boxed()
                .filter(i -> said.stream().noneMatch(earlier -> earlier.contains(lines.get(i))))
                .sorted(Comparator.comparingDouble((Integer i) -> -CosineSimilarity.between(asked, embeddings.get(i)))
                        .thenComparing(i -> i))
                .limit(LINES_PER_ANSWER)
                .sorted()
                .map(lines::get)
                .reduce((first, second) -> first + " " + second)
                .orElseThrow();
    }
}
