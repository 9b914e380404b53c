/**
 * Conference knowledge, the archive-wide enrichment step: talks, speakers and conferences, corrected by the
 * site's {@code blogsearch.yaml} ({@link io.blogsearch.knowledge.ConferenceKnowledge} is the entry point).
 */
package io.blogsearch.knowledge;
