package io.blogsearch.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a content file's bytes into text. Binary data is refused; bytes that are not UTF-8 are replaced by
 * U+FFFD so the rest of the page is still indexed, and reported with the line of the first bad byte.
 */
final class ContentDecoder {

    /** How much of the start of a file is checked for NUL bytes, the mark of binary data. */
    private static final int BINARY_PROBE = 8192;

    private ContentDecoder() {
    }

    /** The text, and the encoding problem when some bytes had to be replaced (else null). */
    record Decoded(String text, EncodingException problem) {
    }

    static Decoded decode(byte[] bytes, int length) throws BinaryContentException {
        int probe = Math.min(length, BINARY_PROBE);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new BinaryContentException("binary content (NUL byte at offset " + i + ")", lineAt(bytes, i));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() || decoder.flush(out).isError()) {
            int offset = in.position();
            String text = new String(bytes, 0, length, StandardCharsets.UTF_8); // replaces bad bytes with U+FFFD
            return new Decoded(text, new EncodingException("invalid UTF-8 at byte offset " + offset
                    + " (bad bytes replaced)", lineAt(bytes, offset)));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
