package io.github.personagym.persona;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars the YAML 1.2 way: only {@code true}/{@code false} are booleans, so that
 * {@code language: no} (Norwegian) stays text; dates and YAML 1.1 oddities ({@code 0b1}, {@code 1:20}) stay
 * text as well.
 */
final class CoreSchemaResolver extends Resolver {

    static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    static final Pattern INTEGER = Pattern.compile("^[-+]?[0-9]+$");
    static final Pattern DECIMAL = Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$");
    static final Pattern NOTHING = Pattern.compile("^(?:~|null|Null|NULL|)$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
        addImplicitResolver(Tag.INT, INTEGER, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, DECIMAL, "-+0123456789.");
        addImplicitResolver(Tag.NULL, NOTHING, "~nN\0");
        addImplicitResolver(Tag.NULL, Resolver.EMPTY, null);
    }
}
