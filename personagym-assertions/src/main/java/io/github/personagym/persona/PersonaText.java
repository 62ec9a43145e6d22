package io.github.personagym.persona;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a persona file into text: bounded in size, strictly UTF-8, a leading BOM skipped. */
final class PersonaText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PersonaText() {
    }

    static String decode(byte[] content, FileProblems problems) {
        checkSize(content.length, problems);
        if (content.length >= 2 && isUtf16Bom(content[0], content[1])) {
            throw problems.refuse(problems.wholeFile("the file is encoded as UTF-16.",
                    "Persona files must be UTF-8: save the file as UTF-8."));
        }
        int start = startsWithUtf8Bom(content) ? UTF8_BOM.length : 0;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw notUtf8(content, in.position(), problems);
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    static void checkSize(long bytes, FileProblems problems) {
        if (bytes > PersonaLoader.MAX_FILE_BYTES) {
            throw tooLarge("the file is " + bytes + " bytes long", problems);
        }
    }

    /** For a stream read only up to one byte past the limit, whose full size is unknown. */
    static void checkTruncatedSize(int bytesRead, FileProblems problems) {
        if (bytesRead > PersonaLoader.MAX_FILE_BYTES) {
            throw tooLarge("the file is longer than " + PersonaLoader.MAX_FILE_BYTES + " bytes", problems);
        }
    }

    private static PersonaFileException tooLarge(String size, FileProblems problems) {
        return problems.refuse(problems.wholeFile(size + ", more than the limit of " + PersonaLoader.MAX_FILE_BYTES
                + " bytes (1 MiB).", "A persona file holds one persona; keep it short."));
    }

    private static PersonaFileException notUtf8(byte[] content, int offset, FileProblems problems) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String message = String.format("the file is not valid UTF-8: byte 0x%02X at byte offset %d"
                + " (byte %d of line %d) cannot be decoded.", content[offset] & 0xFF, offset,
                offset - lineStart + 1, line);
        return problems.refuse(problems.at(line, 0, FieldPath.ROOT, message,
                "Save the file as UTF-8 (it looks like another encoding, such as Latin-1 or Windows-1252)."));
    }

    private static boolean startsWithUtf8Bom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static boolean isUtf16Bom(byte first, byte second) {
        return (first == (byte) 0xFE && second == (byte) 0xFF) || (first == (byte) 0xFF && second == (byte) 0xFE);
    }
}
