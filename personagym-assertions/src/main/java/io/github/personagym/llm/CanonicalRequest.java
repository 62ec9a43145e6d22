package io.github.personagym.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The part of a request that decides its reply: provider, model, messages, parameters and response format,
 * as a canonical JSON tree with sorted keys. API keys, headers and base URLs are not part of a request
 * here, so they can never reach a key or a recording.
 *
 * <p>A call passes the same request through several layers that each need its key (recordings, then in-flight
 * deduplication), on one thread: the last canonical form made on a thread is reused for the same request object,
 * and a key is hashed once.
 */
final class CanonicalRequest {

    private static final ThreadLocal<CanonicalRequest> LAST = new ThreadLocal<>();

    private final Map<String, Object> tree;
    private final ChatRequest source;
    private final String provider;
    private final String model;
    private String key;

    private CanonicalRequest(Map<String, Object> tree, ChatRequest source, String provider, String model) {
        this.tree = tree;
        this.source = source;
        this.provider = provider;
        this.model = model;
    }

    Map<String, Object> tree() {
        return tree;
    }

    /** Bumped when the canonical form changes, so that old recordings miss instead of matching wrongly. */
    static final int FORMAT = 1;

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    static CanonicalRequest of(String provider, String model, ChatRequest request) {
        CanonicalRequest last = LAST.get();
        if (last != null && last.source == request && last.provider.equals(provider) && last.model.equals(model)) {
            return last;
        }
        Map<String, Object> tree = new TreeMap<>();
        tree.put("format", FORMAT);
        tree.put("provider", provider);
        tree.put("model", model);
        tree.put("messages", request.messages().stream().map(CanonicalRequest::message).toList());
        tree.put("parameters", parameters(request.parameters()));
        CanonicalRequest made = new CanonicalRequest(tree, request, provider, model);
        LAST.set(made);
        return made;
    }

    /** SHA-256 of the compact canonical JSON, in hex. */
    synchronized String key() {
        if (key != null) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
            key = HexFormat.of().formatHex(digest);
            return key;
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a request", e);
        }
    }

    /** The text of the last user message, for messages that name a request. */
    static String lastUserText(ChatRequest request) {
        List<ChatMessage> messages = request.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof UserMessage user) {
                return text(user);
            }
        }
        return "";
    }

    static long promptCharacters(ChatRequest request) {
        return request.messages().stream().mapToLong(message -> messageText(message).length()).sum();
    }

    private static Map<String, Object> message(ChatMessage message) {
        return Map.of("type", message.type().name(), "text", messageText(message));
    }

    private static String messageText(ChatMessage message) {
        if (message instanceof SystemMessage system) {
            return system.text();
        }
        if (message instanceof UserMessage user) {
            return text(user);
        }
        if (message instanceof AiMessage ai) {
            return (ai.text() == null ? "" : ai.text())
                    + (ai.hasToolExecutionRequests() ? " " + ai.toolExecutionRequests() : "");
        }
        if (message instanceof ToolExecutionResultMessage tool) {
            return tool.toolName() + " " + tool.id() + ": " + tool.text();
        }
        return message.toString();
    }

    private static String text(UserMessage user) {
        return user.hasSingleText() ? user.singleText() : user.contents().stream()
                .map(CanonicalRequest::content)
                .collect(Collectors.joining("\n"));
    }

    private static String content(Content content) {
        return content instanceof TextContent text ? text.text() : content.toString();
    }

    private static Map<String, Object> parameters(ChatRequestParameters parameters) {
        Map<String, Object> tree = new TreeMap<>();
        putIfSet(tree, "temperature", parameters.temperature());
        putIfSet(tree, "topP", parameters.topP());
        putIfSet(tree, "topK", parameters.topK());
        putIfSet(tree, "frequencyPenalty", parameters.frequencyPenalty());
        putIfSet(tree, "presencePenalty", parameters.presencePenalty());
        putIfSet(tree, "maxOutputTokens", parameters.maxOutputTokens());
        if (parameters.stopSequences() != null && !parameters.stopSequences().isEmpty()) {
            tree.put("stopSequences", parameters.stopSequences());
        }
        if (parameters.toolSpecifications() != null && !parameters.toolSpecifications().isEmpty()) {
            tree.put("tools", parameters.toolSpecifications().stream().map(Object::toString).toList());
            putIfSet(tree, "toolChoice", parameters.toolChoice() == null ? null : parameters.toolChoice().name());
        }
        ResponseFormat format = parameters.responseFormat();
        if (format != null && format.type() != ResponseFormatType.TEXT) {
            tree.put("responseFormat", responseFormat(format));
        }
        return tree;
    }

    private static Map<String, Object> responseFormat(ResponseFormat format) {
        Map<String, Object> tree = new TreeMap<>();
        tree.put("type", format.type().name());
        if (format.jsonSchema() != null) {
            tree.put("schemaName", String.valueOf(format.jsonSchema().name()));
            // the schema's own text (public API, every property in the order it was built), as tools are written above
            tree.put("schema", String.valueOf(format.jsonSchema().rootElement()));
        }
        return tree;
    }

    private static void putIfSet(Map<String, Object> tree, String name, Object value) {
        if (value != null) {
            tree.put(name, value);
        }
    }
}
