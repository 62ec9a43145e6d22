package io.github.personagym.persona;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The part of the persona schema a finding was made against: its type, keys and description. */
record SchemaRule(JsonNode schema) {

    String description() {
        return schema.path("description").asText("");
    }

    List<String> expectedTypes() {
        JsonNode type = schema.path("type");
        var types = new ArrayList<String>();
        if (type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        } else {
            types.add(type.asText("string"));
        }
        return types;
    }

    List<String> allowedKeys() {
        var keys = new ArrayList<String>();
        schema.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    Optional<String> propertyDescription(String key) {
        JsonNode description = schema.path("properties").path(key).path("description");
        return description.isTextual() ? Optional.of(description.asText()) : Optional.empty();
    }
}
