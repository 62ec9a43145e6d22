package io.github.personagym.llm;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the wait instead. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
