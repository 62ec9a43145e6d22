package io.github.personagym.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CallSlotsTest {

    @Test
    void slotsAreGivenAtOnceWhileFreeThenInTheOrderAsked() {
        var slots = new CallSlots(2);
        var first = slots.take();
        var second = slots.take();
        List<String> order = new ArrayList<>();
        var third = slots.take().thenApply(slot -> order.add("third"));
        var fourth = slots.take().thenApply(slot -> order.add("fourth"));

        assertThat(first).isDone();
        assertThat(second).isDone();
        assertThat(third).isNotDone();
        assertThat(slots.waiting()).isEqualTo(2);

        second.join().release();
        assertThat(third).isDone();
        assertThat(fourth).isNotDone();
        first.join().release();

        assertThat(order).containsExactly("third", "fourth");
        assertThat(slots.free()).isZero();
    }

    @Test
    void aSlotGivenBackTwiceCountsOnce() {
        var slots = new CallSlots(1);
        CallSlots.Slot slot = slots.take().join();

        slot.release();
        slot.release();

        assertThat(slots.free()).isEqualTo(1);
        slots.take();
        assertThat(slots.take()).isNotDone();
    }

    @Test
    void aWaiterThatGaveUpIsPassedOver() {
        var slots = new CallSlots(1);
        CallSlots.Slot held = slots.take().join();
        CompletableFuture<CallSlots.Slot> gaveUp = slots.take();
        CompletableFuture<CallSlots.Slot> next = slots.take();

        gaveUp.cancel(false);
        held.release();

        assertThat(next).isDone();
        assertThat(slots.waiting()).isZero();
        next.join().release();
        assertThat(slots.free()).isEqualTo(1);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new CallSlots(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1, got 0");
    }
}
