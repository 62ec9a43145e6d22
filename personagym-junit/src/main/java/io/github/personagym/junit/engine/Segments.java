package io.github.personagym.junit.engine;

import org.junit.platform.engine.UniqueId;

/** Unique-id segment types. Ids are built from stable keys, never from positions. */
final class Segments {

    static final String CLASS = "class";
    static final String PERSONA_FILE = "persona-file";
    static final String PERSONA_RESOURCE = "persona-resource";
    static final String BENCHMARK = "benchmark";
    static final String PERSONA = "persona";
    static final String ENVIRONMENT = "environment";
    static final String TASK = "task";
    static final String QUESTION = "question";
    static final String CHECK = "check";

    /** Separator of the path in display names: {@code captain › Wedding › Linguistic Habits › q3}. */
    static final String PATH = " \u203A ";

    /**
     * Whether {@code id} is a root of the given type, right below the engine {@code engine} (whose id has a prefix when
     * the engine runs inside a suite: {@code [engine:junit-platform-suite]/[suite:…]/[engine:personagym]}).
     */
    static boolean isRoot(UniqueId engine, UniqueId id, String type) {
        return type.equals(id.getLastSegment().getType()) && engine.equals(id.removeLastSegment());
    }

    private Segments() {
    }
}
