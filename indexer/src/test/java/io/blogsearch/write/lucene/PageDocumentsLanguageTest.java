package io.blogsearch.write.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.entity.PageEntities;
import io.blogsearch.model.Figure;
import io.blogsearch.model.Page;
import io.blogsearch.model.PageKind;
import io.blogsearch.model.Quote;
import io.blogsearch.model.Section;
import io.blogsearch.schema.BlogAnalyzers;
import io.blogsearch.schema.FacetDims;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class PageDocumentsLanguageTest {

    @Test
    void everyEntityOfAPageStoresItsLanguage() {
        List<Document> documents = documents(page("de", "Gärten im Winter", "Die Gärten schlafen."));
        assertThat(documents).hasSize(4);
        assertThat(documents).allSatisfy(d -> assertThat(d.get(Fields.LANG)).isEqualTo("de"));
    }

    @Test
    void aPageWithoutLanguageIsEnglish() {
        assertThat(documents(page(null, "Gardens", "Gardens sleep.")))
                .allSatisfy(d -> assertThat(d.get(Fields.LANG)).isEqualTo("en"));
    }

    @Test
    void stemmedFieldsAreAnalysedInThePagesLanguageAndExactFieldsAlike() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            write(directory, page("de", "Häuser am See", "Wir bauten drei Häuser."),
                    page("en", "Houses by the lake", "We built two houses."));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(count(searcher, Fields.TEXT, "haus")).isPositive();
                assertThat(count(searcher, Fields.TITLE, "haus")).isPositive();
                assertThat(count(searcher, Fields.TEXT, "hauser")).isZero();
                assertThat(count(searcher, Fields.TEXT_EXACT, "hauser")).isPositive();
                assertThat(count(searcher, Fields.TEXT, "house")).isPositive();
                assertThat(count(searcher, Fields.TEXT, "houses")).isZero();
                assertThat(count(searcher, Fields.LANG, "de")).isEqualTo(4);
            }
        }
    }

    @Test
    void japaneseTextIsIndexedAsBigrams() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            write(directory, page("ja", "分散トレース入門", "トレースを集める。"));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(count(searcher, Fields.TITLE, "トレ")).isPositive();
                assertThat(count(searcher, Fields.TEXT, "ース")).isGreaterThanOrEqualTo(1);
            }
        }
    }

    private static int count(IndexSearcher searcher, String field, String term) throws IOException {
        return searcher.count(new TermQuery(new Term(field, term)));
    }

    private static void write(ByteBuffersDirectory directory, Page... pages) throws IOException {
        FacetsConfig config = FacetDims.config();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(BlogAnalyzers.forIndexing()))) {
            for (Page page : pages) {
                for (Document document : documents(page)) {
                    writer.addDocument(config.build(document));
                }
            }
        }
    }

    /** A post with one section, one quote and one figure, in {@code lang}. */
    private static Page page(String lang, String title, String body) {
        String path = "content/post/" + (lang == null ? "none" : lang) + title.length() + ".md";
        Section section = new Section(title, 2, "a", body, null);
        Quote quote = new Quote(body, "Ada Quill", "a");
        Figure figure = new Figure(title, null, null, "/img.png", "a");
        return new Page(path, "hash", PageKind.POST, title, null, List.of(), null, null, Map.of(),
                "https://blog.example.org/" + path, List.of(), body, List.of(section), List.of(quote),
                List.of(figure), List.of(), null, Map.of(), lang);
    }

    private static List<Document> documents(Page page) {
        return PageEntities.of(page).stream().map(EntityDocuments::of).toList();
    }
}
