package io.github.personagym.llm;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the recordings folder in front of a model, as {@link Mode} says: replay what is recorded, call the
 * model (when there is one) for what is not, and record what it answers.
 */
final class RecordingChatModel extends ChatModelDecorator {

    private final Optional<ChatModel> delegate;
    private final String provider;
    private final String model;
    private final String label;
    private final Mode mode;
    private final RecordingStore store;
    private final UsageMeter meter;
    private final Set<Capability> capabilities;
    private final String noProvider;

    RecordingChatModel(Optional<ChatModel> delegate, String provider, String model, String label, Mode mode,
            RecordingStore store, UsageMeter meter, Set<Capability> capabilities) {
        this(delegate, provider, model, label, mode, store, meter, capabilities,
                "no provider is configured for " + label);
    }

    /**
     * @param provider and {@code model} go into each request's key; {@code label} (the spec) names the model in
     *                 recordings, usage and messages
     * @param noProvider why a miss cannot be answered without a delegate, with what to set
     */
    RecordingChatModel(Optional<ChatModel> delegate, String provider, String model, String label, Mode mode,
            RecordingStore store, UsageMeter meter, Set<Capability> capabilities, String noProvider) {
        this.delegate = delegate;
        this.provider = provider;
        this.model = model;
        this.label = label;
        this.mode = mode;
        this.store = store;
        this.meter = meter;
        this.capabilities = capabilities;
        this.noProvider = noProvider;
    }

    @Override
    ChatResponse call(ChatRequest request) {
        if (mode == Mode.LIVE) {
            return delegate.orElseThrow(() -> new IllegalStateException("Cannot call " + label
                    + " in live mode: no provider is configured for it")).chat(request);
        }
        CanonicalRequest canonical = CanonicalRequest.of(provider, model, request);
        boolean bad = false;
        if (mode != Mode.RECORD) {
            Optional<Recording> recorded;
            try {
                recorded = store.read(canonical.key());
            } catch (BadRecordingException e) {
                if (delegate.isEmpty()) {
                    throw e;
                }
                System.err.println("[personagym] WARNING " + e.problem() + " Recording it again from " + label + ".");
                recorded = Optional.empty();
                bad = true;
            }
            if (recorded.isPresent()) {
                meter.recordReplay(label);
                return recorded.get().toResponse(model);
            }
            if (!mode.callsProviders()) {
                throw missing(request, canonical, mode.name().toLowerCase(Locale.ROOT) + " mode reads recordings only");
            }
        }
        ChatResponse response = delegate.orElseThrow(() -> missing(request, canonical, noProvider)).chat(request);
        Recording ours = Recording.of(label, canonical, response);
        if (bad) {
            store.replace(ours);
            return response;
        }
        Recording stored = store.write(ours);
        // another process recorded this exchange first: go on with its reply, as every later replay will
        return stored == ours ? response : stored.toResponse(model);
    }

    private RecordingMissingException missing(ChatRequest request, CanonicalRequest canonical, String why) {
        return new RecordingMissingException(label, canonical.key(), CanonicalRequest.lastUserText(request),
                store, why);
    }

    @Override
    Set<Capability> capabilities() {
        return capabilities;
    }
}
