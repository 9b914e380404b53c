package io.blogsearch.model;

/**
 * A person who gave a talk or is quoted.
 *
 * @param name display name (canonical after speaker merging)
 * @param role job title as written, or null
 * @param org  organisation as written, or null
 */
public record Speaker(String name, String role, String org) {

    /** A speaker known only by name. */
    public static Speaker named(String name) {
        return new Speaker(name, null, null);
    }
}
