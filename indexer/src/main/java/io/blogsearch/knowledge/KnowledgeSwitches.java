package io.blogsearch.knowledge;

/**
 * Which kinds of knowledge a site wants ({@code knowledge:} in {@code blogsearch.yaml}); a blog that is not about
 * events turns conferences and talks off, one that quotes nobody turns quotes off. Everything is on by default.
 *
 * @param conferences decide which event each post reports on
 * @param talks       detect talks in headings and lists
 * @param quotes      report quotes by people
 */
public record KnowledgeSwitches(boolean conferences, boolean talks, boolean quotes) {

    /** Every kind of knowledge on. */
    public static KnowledgeSwitches all() {
        return new KnowledgeSwitches(true, true, true);
    }
}
