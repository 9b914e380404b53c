package io.blogsearch.generator.zola;

import java.io.ByteArrayOutputStream;

/**
 * Zola finds the front matter after any leading whitespace ({@code ^[[:space:]]*\+\+\+} in its splitter), so a file
 * may start with blank lines; the shared front matter reader wants the fence on the first line. The blank lines
 * are moved inside the front matter, just after the opening fence, so every line after it keeps its number.
 */
final class FrontMatterStart {

    private FrontMatterStart() {
    }

    /** The file with its opening fence on the first line; the same bytes when it is there or there is none. */
    static byte[] atTop(byte[] bytes) {
        int newlines = 0;
        int lineStart = 0;
        int i = 0;
        while (i < bytes.length && isSpace(bytes[i])) {
            if (bytes[i] == '\n') {
                newlines++;
                lineStart = i + 1;
            }
            i++;
        }
        if (newlines == 0) {
            return bytes; // the fence is on the first line, or nothing to move
        }
        int fenceEnd = fenceLineEnd(bytes, i);
        if (fenceEnd < 0) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1);
        out.write(bytes, lineStart, fenceEnd - lineStart);
        for (int n = 0; n < newlines; n++) {
            out.write('\n');
        }
        out.write(bytes, fenceEnd, bytes.length - fenceEnd);
        return out.toByteArray();
    }

    /** The index just past the line break of a {@code +++} or {@code ---} fence line starting at {@code at}. */
    private static int fenceLineEnd(byte[] bytes, int at) {
        if (at + 3 > bytes.length || bytes[at] != bytes[at + 1] || bytes[at] != bytes[at + 2]
                || bytes[at] != '+' && bytes[at] != '-') {
            return -1;
        }
        int i = at + 3;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '\n' ? i + 1 : -1;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == '\f';
    }
}
