package io.github.personagym.evaluation;

import io.github.personagym.suite.SuiteQuestion;
import io.github.personagym.Turn;
import io.github.personagym.evaluation.EvaluationRun.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Talks through each conversation of a suite, turn by turn: a turn is asked once the one before it is answered, with
 * the user's earlier messages and the agent's own answers as its history. When a turn gets no answer, the
 * conversation stops: its later turns are not asked.
 */
final class TurnByTurn {

    private TurnByTurn() {
    }

    /**
     * The reply to each turn, by key.
     *
     * @param turns    the questions of conversation tasks, in suite order
     * @param ask      asks a turn after its history
     * @param notAsked the reply of a turn after a turn without an answer
     */
    static Map<String, CompletableFuture<Reply>> talk(List<SuiteQuestion> turns,
                                                      BiFunction<SuiteQuestion, List<Turn>, CompletableFuture<Reply>> ask,
                                                      Function<SuiteQuestion, CompletableFuture<Reply>> notAsked) {
        Map<String, List<SuiteQuestion>> byConversation = new LinkedHashMap<>();
        turns.forEach(q -> byConversation.computeIfAbsent(q.turn().orElseThrow().conversation(), c -> new ArrayList<>())
                .add(q));
        Map<String, CompletableFuture<Reply>> replies = new LinkedHashMap<>();
        byConversation.values().forEach(conversation -> {
            CompletableFuture<Optional<List<Turn>>> history = CompletableFuture.completedFuture(Optional.of(List.of()));
            for (SuiteQuestion turn : conversation) {
                CompletableFuture<Reply> reply = history.thenCompose(earlier -> earlier
                        .map(h -> ask.apply(turn, h))
                        .orElseGet(() -> notAsked.apply(turn)));
                replies.put(turn.key(), reply);
                history = history.thenCombine(reply, (earlier, answered) -> earlier.flatMap(h -> answered.text()
                        .map(text -> next(h, turn.prompt(), text))));
            }
        });
        return replies;
    }

    private static List<Turn> next(List<Turn> history, String message, String answer) {
        List<Turn> next = new ArrayList<>(history);
        next.add(Turn.user(message));
        next.add(Turn.persona(answer));
        return List.copyOf(next);
    }
}
