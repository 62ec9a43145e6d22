package io.github.personagym.run;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Lists classpath resources by path or glob ({@code personas/*.yaml}), sorted; the run asks it for the persona files
 * beside a persona read from the classpath. The JUnit front ends hand over theirs.
 */
@FunctionalInterface
@API(status = EXPERIMENTAL, since = "0.1")
public interface ClasspathListing {

    /** Lists nothing: personas read from the classpath are then contrasted with the run's other personas only. */
    ClasspathListing NONE = pattern -> List.of();

    List<String> resolve(String pattern);
}
