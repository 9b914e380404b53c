package io.blogsearch.write;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records (texts) of the pages parsed in this build, kept in a scratch file between parsing and writing, so that
 * only their outlines stay in memory while the whole site is enriched. Thread-safe; the file goes when closed.
 */
final class RecordSpill implements Closeable {

    private final FileChannel channel;
    private final Map<String, long[]> places = new ConcurrentHashMap<>();
    private long end;

    private RecordSpill(FileChannel channel) {
        this.channel = channel;
    }

    /** A spill in a hidden scratch file of {@code dir} (created when missing), removed on close or exit. */
    static RecordSpill in(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, ".blogsearch-records-", ".tmp");
        file.toFile().deleteOnExit();
        return new RecordSpill(FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE));
    }

    /** Keeps the record of a page. */
    void put(String path, byte[] record) {
        long at;
        synchronized (this) {
            at = end;
            end += record.length;
        }
        ByteBuffer buffer = ByteBuffer.wrap(record);
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer, at + buffer.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scratch file of page records", e);
        }
        places.put(path, new long[] {at, record.length});
    }

    /** The record kept for a page, or null when none was. */
    byte[] get(String path) {
        long[] place = places.get(path);
        if (place == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) place[1]);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, place[0] + buffer.position()) < 0) {
                    throw new IOException("the scratch file of page records ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
