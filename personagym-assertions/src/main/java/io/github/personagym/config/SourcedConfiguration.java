package io.github.personagym.config;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** A configuration that knows where its values come from and which names its sources hold. */
record SourcedConfiguration(Function<String, Optional<ConfigValue>> values, Supplier<List<ConfigEntry>> names)
        implements Configuration {

    static final String ENVIRONMENT_PREFIX = Configuration.environmentName(ConfigKeys.PREFIX);

    @Override
    public Optional<String> get(String key) {
        return lookup(key).map(ConfigValue::value);
    }

    @Override
    public Optional<ConfigValue> lookup(String key) {
        return values.apply(key);
    }

    @Override
    public List<ConfigEntry> entries() {
        return names.get();
    }

    /** The PersonaGym names among {@code names}: {@code personagym.*} keys, {@code PERSONAGYM_*} variables. */
    static List<ConfigEntry> entries(Collection<String> names, ConfigSource source) {
        return names.stream().filter(SourcedConfiguration::isPersonaGymName).sorted()
                .map(name -> new ConfigEntry(name, source)).toList();
    }

    static boolean isPersonaGymName(String name) {
        return name.startsWith(ConfigKeys.PREFIX) || name.startsWith(ENVIRONMENT_PREFIX);
    }
}
