package io.blogsearch.write.lucene;

import io.blogsearch.entity.Entity;
import io.blogsearch.entity.FigureEntity;
import io.blogsearch.entity.PageEntity;
import io.blogsearch.entity.QuoteEntity;
import io.blogsearch.entity.SectionEntity;
import io.blogsearch.entity.TalkEntity;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import io.blogsearch.schema.SpeakersJson;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Turns an entity into its Lucene document: which field each value goes to and how it is indexed. Facet fields
 * still need {@code FacetsConfig.build}; the page entity's incremental state is added by {@link LuceneEntitySink}.
 */
public final class EntityDocuments {

    private EntityDocuments() {
    }

    /** The document of an entity. */
    public static Document of(Entity entity) {
        return builder(entity).document();
    }

    /** The document of an entity, still open for more fields. */
    static EntityDocument builder(Entity entity) {
        EntityDocument document = common(entity.common());
        if (entity instanceof PageEntity page) {
            return page(document, page);
        } else if (entity instanceof SectionEntity section) {
            return document
                    .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, section.heading())
                    .text(Fields.TEXT, Fields.TEXT_EXACT, null, section.text())
                    .stored(Fields.SECTION_HEADING, section.heading())
                    .keyword(Fields.SECTION_HASH, section.sectionHash());
        } else if (entity instanceof QuoteEntity quote) {
            return document
                    .stored(Fields.SECTION_HEADING, quote.sectionHeading())
                    .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, quote.text())
                    .text(Fields.TEXT, Fields.TEXT_EXACT, null, quote.text())
                    .stored(Fields.QUOTE_TEXT, quote.text())
                    .stored(Fields.QUOTE_SOURCE, quote.source());
        } else if (entity instanceof FigureEntity figure) {
            return document
                    .stored(Fields.SECTION_HEADING, figure.sectionHeading())
                    .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, figure.title())
                    .text(Fields.TEXT, Fields.TEXT_EXACT, null, figure.text())
                    .stored(Fields.FIGURE_IMAGE, figure.imageUrl());
        }
        TalkEntity talk = (TalkEntity) entity; // the last kind of the sealed interface
        return document
                .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, talk.title())
                .text(Fields.TEXT, Fields.TEXT_EXACT, null, talk.text())
                .keyword(Fields.TALK_KIND, talk.kind())
                .stored(Fields.TALK_SPEAKERS, SpeakersJson.write(talk.speakers()))
                .stored(Fields.SECTION_HEADING, talk.heading());
    }

    private static EntityDocument page(EntityDocument document, PageEntity page) {
        return document
                .stored(Fields.AUTHOR_AFFILIATION, page.authorAffiliations())
                .keyword(Fields.PAGE_KIND, page.pageKind())
                .keyword(Fields.CONTENT_HASH, page.contentHash())
                .text(Fields.TITLE, Fields.TITLE_EXACT, Fields.TITLE_PREFIX, page.title())
                .text(Fields.TEXT, Fields.TEXT_EXACT, null, page.body())
                .text(Fields.DESCRIPTION, Fields.TEXT_EXACT, null, page.description());
    }

    /** The fields every document has: identity, its post, date, facets and context. */
    private static EntityDocument common(Entity.Common common) {
        boolean whole = common.type() == DocType.POST || common.type() == DocType.PAGE;
        EntityDocument document = new EntityDocument(common.lang())
                .keyword(Fields.ID, common.id())
                .keyword(Fields.LANG, common.lang())
                .keyword(Fields.TYPE, common.type().value())
                .keyword(Fields.PATH, common.path())
                .keyword(Fields.POST_ID, common.path())
                .keyword(Fields.TRANSLATION_KEY, common.translationKey())
                .stored(Fields.POST_TITLE, common.postTitle())
                .stored(Fields.POST_URL, common.postUrl())
                .stored(Fields.URL, common.url())
                .stored(Fields.ANCHOR, common.anchor())
                .stored(Fields.TALK_TITLE, common.talkTitle())
                .date(common.date(), common.day())
                .facet(FacetDims.TYPE, null, null, List.of(common.type().value()))
                .facet(FacetDims.LANG, null, null, List.of(common.lang()))
                .facet(FacetDims.TAG, Fields.TAG, Fields.TAG_TEXT, common.facet(FacetDims.TAG))
                // only a whole page is by its authors: its sections, quotes and talks would repeat the match
                .facet(FacetDims.AUTHOR, Fields.AUTHOR, whole ? Fields.AUTHOR_TEXT : null,
                        common.facet(FacetDims.AUTHOR))
                .facet(FacetDims.SPEAKER, Fields.SPEAKER, Fields.SPEAKER_TEXT, common.facet(FacetDims.SPEAKER))
                .facet(FacetDims.CONFERENCE, Fields.CONFERENCE, Fields.CONFERENCE_TEXT,
                        common.facet(FacetDims.CONFERENCE))
                .stored(Fields.TAXONOMY, common.taxonomyTerms());
        for (Map.Entry<String, List<String>> facet : common.facets().entrySet()) {
            if (FacetDims.isTaxonomy(facet.getKey())) {
                document.facet(facet.getKey(), null, null, facet.getValue());
            }
        }
        common.context().forEach(context -> document.searchable(Fields.CONTEXT, context));
        return document;
    }
}
