package io.blogsearch.state;

import java.time.Instant;

/**
 * What the incremental build keeps per source file beside its entities, to tell next time whether the file must be
 * read, parsed, enriched or written again. The page's full record is kept beside it ({@link IndexState#record}).
 *
 * @param contentHash SHA-256 of the file when it was indexed
 * @param fingerprint hash of what its entities were built from ({@link PageFingerprint})
 * @param outline     the parsed page without its texts ({@link PageCodec#writeOutline}), or null
 * @param knowledge   the enricher's memo of the page, or null
 * @param fileStamp   the file's settled {@link FileStamp} when it was last read; "-" when it was too fresh to trust
 * @param expiry      the page's {@code expiryDate}, or null
 * @param problems    the page's problems when it was parsed ({@link PageProblems}), or null
 * @param sectionHashes its sections' hashes and which were left out of its scored text as repeated
 *                    ({@link SectionHashRecord#write}), or null
 */
public record PageState(String contentHash, String fingerprint, String outline, String knowledge, String fileStamp,
                        Instant expiry, String problems, String sectionHashes) {
}
