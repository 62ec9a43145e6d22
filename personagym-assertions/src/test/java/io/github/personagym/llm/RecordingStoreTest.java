package io.github.personagym.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingStoreTest {

    @TempDir
    Path folder;

    private static Recording recording() {
        CanonicalRequest request = CanonicalRequest.of("openai", "gpt-scripted", Fixtures.question("Shared question?"));
        ChatResponse response = ChatResponse.builder()
                .aiMessage(AiMessage.from("Scripted reply written by many writers. ".repeat(200)))
                .tokenUsage(new TokenUsage(10, 400))
                .finishReason(FinishReason.STOP)
                .build();
        return Recording.of("openai:gpt-scripted", request, response);
    }

    @Test
    void concurrentWritersOfOneKeyLeaveOneWholeFileAndNoTemporaryFiles() throws Exception {
        Recording recording = recording();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            RecordingStore store = new RecordingStore(folder);
            done.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 20; round++) {
                    store.write(recording);
                    assertThat(store.read(recording.key())).hasValue(recording);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        assertThat(allFiles()).containsExactly(new RecordingStore(folder).pathOf(recording.key()));
        assertThat(new RecordingStore(folder).read(recording.key())).hasValue(recording);
    }

    @Test
    void aKeyInTheRequestOrTheReplyIsWrittenRedactedAndTheRecordingStillReplaysByItsKey() throws IOException {
        var redaction = Redaction.of(Fixtures.config(java.util.Map.of("personagym.openai.api-key", "configured-key-123")),
                java.util.Map.of());
        CanonicalRequest request = CanonicalRequest.of("openai", "gpt-scripted",
                Fixtures.question("My key is configured-key-123, the other sk-proj-Abc123def456ghi789jkl."));
        Recording recording = Recording.of("openai:gpt-scripted", request, ChatResponse.builder()
                .aiMessage(AiMessage.from("Noted: configured-key-123.")).finishReason(FinishReason.STOP).build());
        RecordingStore store = new RecordingStore(folder, redaction);

        store.write(recording);

        assertThat(Files.readString(store.pathOf(request.key()))).doesNotContain("configured-key-123", "sk-proj-Abc123")
                .contains("My key is [redacted], the other [redacted].");
        assertThat(store.read(request.key())).get().extracting(r -> r.response().text()).isEqualTo("Noted: [redacted].");
    }

    @Test
    void aRecordingsFolderRemovedDuringTheRunIsMadeAgainOnTheNextWrite() throws IOException {
        RecordingStore store = new RecordingStore(folder);
        Recording before = recording();
        store.write(before);
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        CanonicalRequest request = CanonicalRequest.of("openai", "gpt-scripted", Fixtures.question("Still there?"));
        Recording after = Recording.of("openai:gpt-scripted", request,
                ChatResponse.builder().aiMessage(AiMessage.from("Scripted: yes")).finishReason(FinishReason.STOP).build());

        store.write(after);

        assertThat(store.read(request.key())).hasValueSatisfying(read ->
                assertThat(read.response().text()).isEqualTo("Scripted: yes"));
        assertThat(allFiles()).hasSize(1);
    }

    @Test
    void theFirstWriterOfAKeyWinsAndALaterWriterGetsItsRecordingBack() {
        CanonicalRequest request = CanonicalRequest.of("openai", "gpt-scripted", Fixtures.question("Who wins?"));
        Recording first = Recording.of("openai:gpt-scripted", request,
                ChatResponse.builder().aiMessage(AiMessage.from("Scripted: the first fork's reply")).build());
        Recording second = Recording.of("openai:gpt-scripted", request,
                ChatResponse.builder().aiMessage(AiMessage.from("Scripted: another fork's reply")).build());
        RecordingStore store = new RecordingStore(folder);

        assertThat(store.write(first)).isSameAs(first);
        Recording kept = store.write(second);

        assertThat(kept.response()).isEqualTo(first.response());
        assertThat(store.read(request.key()).orElseThrow().response()).isEqualTo(first.response());
    }

    @Test
    void strayTemporaryFileIsNeverReadAsARecording() throws IOException {
        Recording recording = recording();
        RecordingStore store = new RecordingStore(folder);
        Path file = store.pathOf(recording.key());
        Files.createDirectories(file.getParent());
        Files.writeString(file.resolveSibling("." + recording.key() + ".123.tmp"), "{ \"half\": ");

        assertThat(store.read(recording.key())).isEmpty();
        store.write(recording);
        assertThat(store.read(recording.key())).hasValue(recording);
    }

    @Test
    void sameExchangeAlwaysGetsTheSameKey() {
        String first = CanonicalRequest.of("openai", "gpt-scripted", Fixtures.question("Shared question?")).key();
        String again = CanonicalRequest.of("openai", "gpt-scripted", Fixtures.question("Shared question?")).key();
        String otherModel = CanonicalRequest.of("openai", "gpt-other", Fixtures.question("Shared question?")).key();

        assertThat(first).isEqualTo(again).hasSize(64).isNotEqualTo(otherModel);
    }

    private List<Path> allFiles() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndThoseOfAWriterAtWorkAreKept() throws IOException {
        Path shard = Files.createDirectories(folder.resolve("ab"));
        Path stray = Files.writeString(shard.resolve(".abcd.123.tmp"), "half a reply");
        Files.setLastModifiedTime(stray, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        Path fresh = Files.writeString(shard.resolve(".abce.456.tmp"), "being written");
        Path recording = Files.writeString(shard.resolve("abcd.json"), "{}");

        int removed = new RecordingStore(folder).removeStrayTemporaryFiles(java.time.Instant.now().minusSeconds(60));

        assertThat(removed).isEqualTo(1);
        assertThat(stray).doesNotExist();
        assertThat(fresh).exists();
        assertThat(recording).exists();
    }

    @Test
    void pruneDeletesTheRecordingsThisRunNeitherReadNorWroteAndCountsWhatItWrote() {
        Recording kept = recording();
        Recording stale = Recording.of("openai:gpt-scripted",
                CanonicalRequest.of("openai", "gpt-scripted", Fixtures.question("Old question?")),
                ChatResponse.builder().aiMessage(AiMessage.from("Old reply.")).finishReason(FinishReason.STOP).build());
        RecordingStore earlier = new RecordingStore(folder);
        earlier.write(kept);
        earlier.write(stale);
        assertThat(earlier.written()).isEqualTo(2);

        RecordingStore now = new RecordingStore(folder);
        assertThat(now.read(kept.key())).isPresent();
        int pruned = now.pruneUnused();

        assertThat(pruned).isEqualTo(1);
        assertThat(now.pathOf(kept.key())).exists();
        assertThat(now.pathOf(stale.key())).doesNotExist();
        assertThat(now.written()).isZero();
    }

    @Test
    void aRecordingIsCreatedWithTheUmaskLikeAnyFileTheBuildWritesNotOwnerOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        RecordingStore store = new RecordingStore(folder);
        Recording recording = recording();
        store.write(recording);
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        assertThat(Files.getPosixFilePermissions(store.pathOf(recording.key())))
                .isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
