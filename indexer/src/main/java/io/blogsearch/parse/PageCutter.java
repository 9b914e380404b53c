package io.blogsearch.parse;

/**
 * Where to cut a file that is too large to index whole: at the last line end before the limit when one is near,
 * else at the last space (a page whose body is one huge line keeps most of its words), else at the last character
 * boundary, never inside a UTF-8 sequence.
 */
final class PageCutter {

    /** How far back from the limit a line end or a space is looked for; past it, the text is cut mid-line. */
    static final int LOOK_BACK = 64 * 1024;

    private PageCutter() {
    }

    /** The number of leading bytes of {@code bytes} to keep, at most {@code limit}. */
    static int cut(byte[] bytes, int limit) {
        if (bytes.length <= limit) {
            return bytes.length;
        }
        int floor = Math.max(1, limit - LOOK_BACK);
        int space = -1;
        for (int i = limit - 1; i >= floor; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
            if (space < 0 && (bytes[i] == ' ' || bytes[i] == '\t')) {
                space = i + 1;
            }
        }
        if (space > 0) {
            return space;
        }
        int end = limit;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--; // bytes[end] continues a character that began before it: cut before that character
        }
        return end;
    }
}
