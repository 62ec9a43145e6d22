package io.github.personagym.evaluation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;

/**
 * How many agent answers and judge calls may be in flight at once, shared by every evaluation given the same
 * instance (a whole run shares one). Waiting for a slot holds no thread: a call that finds every slot taken is
 * queued and started, in the order it asked, when a slot is given back. So a run of many personas starts its
 * waiting questions as futures, not as thousands of blocked threads.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CallSlots {

    private final int capacity;
    private final Queue<CompletableFuture<Slot>> waiting = new ArrayDeque<>();
    /** Per thread: whether it is handing slots on now, and how many slots were given back meanwhile. */
    private final ThreadLocal<int[]> handing = ThreadLocal.withInitial(() -> new int[2]);
    private int free;

    /** @param capacity how many calls may hold a slot at once, at least 1 */
    public CallSlots(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Concurrency must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.free = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Slots free now (for tests and progress; it may change at once). */
    public synchronized int free() {
        return free;
    }

    /** Calls waiting for a slot now (one that gave up its place is counted until a slot passes it over). */
    public synchronized int waiting() {
        return waiting.size();
    }

    /**
     * A slot: at once when one is free, else when one is given back and the calls that asked earlier have theirs.
     * Cancelling the future gives up the place in the queue; when {@code cancel} returns {@code false} the slot had
     * already been given, and the caller must release it.
     */
    CompletableFuture<Slot> take() {
        CompletableFuture<Slot> slot = new CompletableFuture<>();
        synchronized (this) {
            if (free == 0) {
                waiting.add(slot);
                return slot;
            }
            free--;
        }
        slot.complete(new Slot());
        return slot;
    }

    /**
     * Gives a slot to the next waiting call that still wants one, or frees it; completes outside the lock. Giving a
     * slot can run the waiter's work on this thread (an executor that runs tasks in place), and that work can give its
     * slot back in turn: such a nested give-back is left to the outermost one on the thread, which hands the slots on
     * in a loop, so the stack does not grow with the queue. With such an executor a slot given back inside a hand-off
     * therefore reaches the next waiter (or the free count) once that hand-off returns.
     */
    private void giveBack() {
        int[] state = handing.get();
        if (state[0] > 0) {
            state[1]++;
            return;
        }
        state[0] = 1;
        int toGive = 1;
        try {
            while (toGive > 0) {
                toGive--;
                handOne();
                toGive += state[1];
                state[1] = 0;
            }
        } catch (RuntimeException | Error failure) { // nothing should throw here; if it does, no slot is lost
            int lost = toGive + state[1];
            synchronized (this) {
                free += lost;
            }
            throw failure;
        } finally {
            handing.remove();
        }
    }

    private void handOne() {
        while (true) {
            CompletableFuture<Slot> next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    free++;
                    return;
                }
            }
            if (next.complete(new Slot())) {
                return;
            }
        }
    }

    /** The right to make one call; {@link #release()} gives it back, once however often it is called. */
    final class Slot {

        private final AtomicBoolean released = new AtomicBoolean();

        void release() {
            if (released.compareAndSet(false, true)) {
                giveBack();
            }
        }
    }
}
