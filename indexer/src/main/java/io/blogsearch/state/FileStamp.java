package io.blogsearch.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What identifies a file's version without reading it: size, modification time and file key (inode). A stamp is only
 * trusted when its modification time lies before the build that recorded it began, less {@link #SETTLE}: a file
 * written later than that could change again within the same clock tick of a coarse file system and keep its stamp
 * ("racy git"). Any later write moves the time past the recorded one, so an equal settled stamp means the same bytes.
 */
public final class FileStamp {

    /** Coarsest modification-time resolution of a common file system (FAT keeps 2 s). */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    private FileStamp() {
    }

    /**
     * The stamp of {@code file} if it was last modified before {@code buildStart} less {@link #SETTLE}; null when it
     * is newer (not yet trustworthy) or its attributes cannot be read.
     */
    public static String settled(Path file, Instant buildStart) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (!modified.isBefore(buildStart.minus(SETTLE))) {
            return null;
        }
        Object key = attributes.fileKey();
        return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":"
                + (key == null ? "-" : key.toString());
    }
}
