package io.github.personagym.run;

import java.util.function.Supplier;

/** Computes a value on first use and keeps it, or keeps the failure and rethrows it to every later caller. */
final class Memo<T> implements Supplier<T> {

    private final Supplier<T> computation;
    private T value;
    private RuntimeException failure;
    private boolean done;

    Memo(Supplier<T> computation) {
        this.computation = computation;
    }

    @Override
    public synchronized T get() {
        if (!done) {
            try {
                value = computation.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            done = true;
        }
        if (failure != null) {
            throw failure;
        }
        return value;
    }
}
