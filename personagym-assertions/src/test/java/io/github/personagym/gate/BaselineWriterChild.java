package io.github.personagym.gate;

import io.github.personagym.report.ScriptedRuns;
import io.github.personagym.Task;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM for {@link BaselineFileTest}, updating one baseline as a Surefire fork would. Arguments:
 * <ul>
 *   <li>{@code write <baseline> <prefix> <count> <start file>}: once the start file exists, writes {@code count}
 *       entries {@code <prefix>-<i>}, each as a run of its own (check, then the end-of-run write), then prints
 *       {@code done}</li>
 *   <li>{@code hang <baseline>}: checks two personas with the update on, prints {@code checked} and waits to be
 *       killed before its run ends</li>
 * </ul>
 */
public final class BaselineWriterChild {

    private BaselineWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        Path baseline = Path.of(args[1]);
        if (args[0].equals("hang")) {
            var gate = new RegressionGate(baseline, 0.25, true);
            gate.check(ScriptedRuns.persona("captain").answers(Task.LINGUISTIC_HABITS, 1, 1).build());
            gate.check(ScriptedRuns.persona("nurse").answers(Task.LINGUISTIC_HABITS, 1, 1).build());
            System.out.println("checked");
            System.out.flush();
            Thread.sleep(120_000);
            return;
        }
        int count = Integer.parseInt(args[3]);
        Path start = Path.of(args[4]);
        while (!Files.exists(start)) {
            Thread.sleep(1);
        }
        for (int i = 0; i < count; i++) {
            var gate = new RegressionGate(baseline, 0.25, true);
            gate.check(ScriptedRuns.persona(args[2] + "-" + i).answers(Task.LINGUISTIC_HABITS, 4, 5).build());
            gate.writeUpdates();
        }
        System.out.println("done");
    }
}
