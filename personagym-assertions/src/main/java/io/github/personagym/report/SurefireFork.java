package io.github.personagym.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Surefire (or Failsafe) fork this JVM is, read from its command line: Surefire starts each fork with an argument
 * {@code <start of the plugin's execution>-jvmRun<fork number>} (the name of its dump files), the same start in
 * every fork of one execution. Surefire sets no system property for the fork number ({@code ${surefire.forkNumber}}
 * is only a placeholder in its configuration), so this is how a run tells that other forks of the same execution
 * write reports beside its own.
 *
 * @param execution the start of the plugin's execution, as Surefire writes it ({@code 2026-11-30T05-17-44_734})
 * @param number    the fork's number, from 1
 */
@API(status = INTERNAL, since = "0.1")
public record SurefireFork(String execution, int number) {

    private static final Pattern RUN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}_\\d{3})-jvmRun(\\d+)");

    /** The fork this JVM is; empty when Surefire did not start it. */
    public static Optional<SurefireFork> current() {
        return of(System.getProperty("sun.java.command", ""));
    }

    /** The fork a JVM started with {@code command} (its {@code sun.java.command}) is; empty when not a fork. */
    static Optional<SurefireFork> of(String command) {
        for (String argument : command.split(" ")) {
            Matcher run = RUN.matcher(argument);
            if (run.matches()) {
                return Optional.of(new SurefireFork(run.group(1), Integer.parseInt(run.group(2))));
            }
        }
        return Optional.empty();
    }
}
