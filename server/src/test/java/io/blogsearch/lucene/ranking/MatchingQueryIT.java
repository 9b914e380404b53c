package io.blogsearch.lucene.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.lucene.BlogSearcher;
import io.blogsearch.lucene.IndexHandle;
import io.blogsearch.model.Page;
import io.blogsearch.model.Section;
import io.blogsearch.query.Synonyms;
import io.blogsearch.query.UserQueryParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting walks a cheaper form of the query ({@link SearchQuery#matching()}): it must select exactly the documents
 * the ranked query selects, also for words whose exact and stemmed forms part ways: possessives with either
 * apostrophe, accents, ligatures, stop words, words only in a description, half-typed words and typos.
 */
class MatchingQueryIT {

    @TempDir
    static Path dir;
    static IndexHandle index;

    @BeforeAll
    static void open() throws Exception {
        List<Page> pages = new ArrayList<>(TestPages.all());
        pages.add(TestPages.page("content/post/keeper.md", "The Keeper’s Café", "2021-02-03", List.of("Lamps"),
                "Rice's naïve ﬁle of running notes; the KEEPER'S lamp, ½ full. Kubernetes and k8s.", List.of(
                        new Section("Whose lamp is it", 2, "whose-lamp", "It is the keepers' and the keeper’s.",
                                null))));
        Page plain = TestPages.page("content/post/described.md", "Harbour log", "2021-02-04", List.of("Logs"),
                "Nothing but tides.", List.of());
        pages.add(new Page(plain.path(), plain.contentHash(), plain.kind(), plain.title(),
                "Described as a cafe for lighthouse runners", plain.authors(), plain.date(), plain.lastmod(),
                plain.taxonomies(), plain.url(), plain.aliases(), plain.body(), plain.sections(), plain.quotes(),
                plain.figures(), plain.talks(), plain.conference(), plain.frontMatter(), plain.lang()));
        TestIndexes.write(dir.resolve("index"), pages);
        index = IndexHandle.open(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void selectsTheSameDocumentsAsTheRankedQuery() throws Exception {
        List<String> typed = List.of("keeper's", "keeper’s", "KEEPER'S", "keepers", "keeper", "rice's", "rice",
                "café", "cafe", "naive", "naïve", "ﬁle", "file", "½", "the", "it is", "whose", "running", "runners",
                "run", "lamp", "lamps", "kubernetes", "k8s", "kube", "kub", "lighthous", "lighthouse -tides",
                "\"running notes\"", "tag:lamps", "title:café", "harbour cafe", "descri", "keeper café rice", "a",
                "pruning", "prunning", "gardener", "zzzz", "!!", "*", "");
        BlogSearcher searcher = index.acquire();
        try {
            SearchQueryBuilder builder = new SearchQueryBuilder(Synonyms.builtIn());
            for (String text : typed) {
                SearchQuery query = builder.build(UserQueryParser.parse(text), searcher.vocabulary(),
                        searcher.postBoost());
                assertThat(documents(searcher, query.matching())).as(text)
                        .isEqualTo(documents(searcher, query.query()));
            }
            SearchQuery keeper = builder.build(UserQueryParser.parse("keeper's"), searcher.vocabulary(),
                    searcher.postBoost());
            assertThat(documents(searcher, keeper.query())).as("the fixture finds the keeper").isNotEmpty();
        } finally {
            index.release(searcher);
        }
    }

    private static Set<Integer> documents(BlogSearcher searcher, Query query) throws Exception {
        Set<Integer> docs = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }
}
