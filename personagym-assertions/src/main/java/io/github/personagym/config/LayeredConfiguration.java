package io.github.personagym.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One configuration, then another for the keys it lacks; sources and names of both are kept. */
record LayeredConfiguration(Configuration first, Configuration fallback) implements Configuration {

    @Override
    public Optional<String> get(String key) {
        return first.get(key).or(() -> fallback.get(key));
    }

    @Override
    public Optional<ConfigValue> lookup(String key) {
        return first.lookup(key).or(() -> fallback.lookup(key));
    }

    @Override
    public List<ConfigEntry> entries() {
        List<ConfigEntry> entries = new ArrayList<>(first.entries());
        fallback.entries().stream().filter(entry -> !entries.contains(entry)).forEach(entries::add);
        return List.copyOf(entries);
    }
}
