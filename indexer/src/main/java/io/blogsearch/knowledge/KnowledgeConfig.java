package io.blogsearch.knowledge;

import io.blogsearch.knowledge.conference.ConferenceRules;
import io.blogsearch.knowledge.speaker.SpeakerRules;

/**
 * The parts of the site's {@code blogsearch.yaml} about conference knowledge.
 *
 * @param speakers    speaker aliases, forbidden merges and extra names
 * @param conferences conference aliases and per-post overrides
 * @param switches    which kinds of knowledge the site wants
 */
public record KnowledgeConfig(SpeakerRules speakers, ConferenceRules conferences, KnowledgeSwitches switches) {

    /** Corrections with every kind of knowledge on. */
    public KnowledgeConfig(SpeakerRules speakers, ConferenceRules conferences) {
        this(speakers, conferences, KnowledgeSwitches.all());
    }

    /** The file name, in the site root. */
    public static final String FILE_NAME = "blogsearch.yaml";

    /** No site corrections. */
    public static KnowledgeConfig none() {
        return new KnowledgeConfig(SpeakerRules.none(), ConferenceRules.none());
    }
}
