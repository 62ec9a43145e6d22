package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a provider's circuit opens, and what its one message says. */
class ProviderCircuitTest {

    private final ProviderCircuit circuit = new ProviderCircuit("openai", "http://127.0.0.1:9/v1",
            "personagym.openai.base-url (or OPENAI_BASE_URL)", 5);

    @Test
    void opensOnTheFifthConnectionFailureInARow() {
        for (int i = 0; i < 4; i++) {
            circuit.connectionFailed("cannot connect to 127.0.0.1:9 (connection refused)");
        }
        assertThatCode(circuit::check).doesNotThrowAnyException();

        circuit.connectionFailed("cannot connect to 127.0.0.1:9 (connection refused)");

        assertThatThrownBy(circuit::check).isInstanceOfSatisfying(ProviderUnavailableException.class,
                        e -> assertThat(e.provider()).isEqualTo("openai"))
                .hasMessage("openai cannot be reached at http://127.0.0.1:9/v1: 5 attempts in a row could not connect"
                        + " (the last: cannot connect to 127.0.0.1:9 (connection refused)), so the remaining calls to"
                        + " openai fail at once. Check that http://127.0.0.1:9/v1 is up and reachable from this machine"
                        + " (network, proxy, firewall), or set personagym.openai.base-url (or OPENAI_BASE_URL) to the"
                        + " right base URL.");
    }

    @Test
    void aReplyBetweenConnectionFailuresStartsTheCountAgain() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                circuit.connectionFailed("refused");
            }
            circuit.reached();
        }

        assertThat(circuit.outage()).isEmpty();
    }

    @Test
    void aLongerWaitThanTheCapOpensItSayingTheWaitTheCapAndTheKey() {
        circuit.askedTooLongAWait(Duration.ofSeconds(100_000), "HTTP 429", "Retry-After: 100000", Duration.ofMinutes(5));

        assertThat(circuit.outage()).hasValue("openai asked to wait 100000 s (27.8 hours) before the next call"
                + " (HTTP 429 with Retry-After: 100000), longer than a run waits (5m, personagym.retry.max-wait), so"
                + " the remaining calls to openai fail at once. Raise personagym.retry.max-wait above the asked wait"
                + " to wait it out, or run again later.");
    }

    @Test
    void theFirstReasonStays() {
        circuit.askedTooLongAWait(Duration.ofMinutes(10), "HTTP 503", "Retry-After: 600", Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            circuit.connectionFailed("refused");
        }

        assertThat(circuit.outage()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("openai asked to wait 600 s (10m) before the next call (HTTP 503 with Retry-After: 600)"));
    }
}
