package io.github.personagym.junit.engine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the run prints on System.out and System.err while it is open; the streams are put back on close. */
public final class ConsoleCapture implements AutoCloseable {

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ConsoleCapture() {
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
    }

    public static ConsoleCapture start() {
        return new ConsoleCapture();
    }

    public List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The lines PersonaGym printed while the run went on (not the summary at its end). */
    List<String> runLines() {
        return lines().stream().filter(line -> line.startsWith("[personagym] ")).toList();
    }

    /** The lines that contain {@code text}. */
    public List<String> linesWith(String text) {
        return lines().stream().filter(line -> line.contains(text)).toList();
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }
}
