package io.blogsearch.testing;

import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/** Reads an index the way tests need: counts by type, stored documents matching a term, commit user data. */
public final class IndexProbe implements AutoCloseable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private IndexProbe(Path indexDir) throws IOException {
        directory = FSDirectory.open(indexDir);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    /** Opens the last commit of an index. */
    public static IndexProbe open(Path indexDir) {
        try {
            return new IndexProbe(indexDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reader, for tests that walk terms. */
    public DirectoryReader reader() {
        return reader;
    }

    /** Number of documents of a type. */
    public int count(DocType type) {
        return count(new TermQuery(new Term(Fields.TYPE, type.value())));
    }

    /** Number of documents matching a query. */
    public int count(Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored documents of a type whose {@code field} holds the (analyzed) {@code term}. */
    public List<Document> find(DocType type, String field, String term) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.TYPE, type.value())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(field, term)), BooleanClause.Occur.FILTER)
                .build();
        return documents(query);
    }

    /** Stored documents of a type. */
    public List<Document> all(DocType type) {
        return documents(new TermQuery(new Term(Fields.TYPE, type.value())));
    }

    /** Stored documents matching a query. */
    public List<Document> documents(Query query) {
        try {
            List<Document> documents = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
                documents.add(searcher.storedFields().document(hit.doc));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user data of the commit this probe reads. */
    public Map<String, String> commitData() {
        try {
            return reader.getIndexCommit().getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
