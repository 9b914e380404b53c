package io.blogsearch.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Compares CJK bigrams with Kuromoji (Japanese), SmartCN (Chinese) and Nori (Korean) on the shared OpenTelemetry
 * corpus: for each judged query, documents judged relevant are those whose title or body contains the query word;
 * reports recall of the analysed query (as a phrase when it makes several tokens, as the server builds it), precision
 * and success of the top hits, and index time. Run: {@code ./mvnw -B -q -o test-compile -pl indexer} then java on
 * the test classpath with {@code CjkAnalyzerBench} (surefire skips benchmarks).
 */
public final class CjkAnalyzerBench {

    private static final int TOP = 10;

    private CjkAnalyzerBench() {
    }

    /** Runs the comparison for ja and zh. */
    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/opentelemetry/content");
        compare("ja", corpus.resolve("ja"), new JapaneseAnalyzer(),
                List.of("トレース", "収集", "計装", "サンプリング", "エクスポーター", "自動計装", "属性", "分散トレーシング"));
        compare("zh", corpus.resolve("zh"), new SmartChineseAnalyzer(),
                List.of("收集器", "追踪", "采样", "日志", "指标", "仪表化", "导出器", "上下文传播"));
        compare("ko", corpus.resolve("ko"), new KoreanAnalyzer(),
                List.of("트레이스", "수집기", "계측", "샘플링", "메트릭", "로그", "익스포터", "컨텍스트 전파"));
    }

    private record Doc(String title, String text) {
    }

    private static void compare(String lang, Path dir, Analyzer dictionary, List<String> queries) throws IOException {
        List<Doc> docs = read(dir);
        for (Analyzer analyzer : List.of(dictionary, new CJKAnalyzer())) {
            String name = analyzer.getClass().getSimpleName();
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            long start = System.nanoTime();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Doc doc : docs) {
                    Document d = new Document();
                    d.add(new TextField("title", doc.title(), Field.Store.NO));
                    d.add(new TextField("text", doc.text(), Field.Store.NO));
                    d.add(new StoredField("i", docs.indexOf(doc)));
                    writer.addDocument(d);
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            System.out.printf("%s %s: %d docs indexed in %d ms, %d KB%n", lang, name, docs.size(), millis,
                    bytes / 1024);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                double recallSum = 0;
                double precisionSum = 0;
                int titleFirst = 0;
                for (String q : queries) {
                    long relevant = docs.stream().filter(d -> (d.title() + "\n" + d.text()).contains(q)).count();
                    Query query = query(analyzer, q);
                    ScoreDoc[] all = query == null ? new ScoreDoc[0] : searcher.search(query, docs.size()).scoreDocs;
                    int found = 0;
                    int goodTop = 0;
                    for (int i = 0; i < all.length; i++) {
                        Doc d = docs.get(searcher.storedFields().document(all[i].doc).getField("i")
                                .numericValue().intValue());
                        boolean good = (d.title() + "\n" + d.text()).contains(q);
                        found += good ? 1 : 0;
                        if (i < TOP) {
                            goodTop += good ? 1 : 0;
                        }
                        if (i == 0 && d.title().contains(q)) {
                            titleFirst++;
                        }
                    }
                    double recall = relevant == 0 ? 1 : found / (double) relevant;
                    double precision = all.length == 0 ? 0 : goodTop / (double) Math.min(TOP, all.length);
                    recallSum += recall;
                    precisionSum += precision;
                    System.out.printf("  %-10s relevant %3d matched %3d recall %.2f P@10 %.2f%n", q, relevant,
                            all.length, recall, precision);
                }
                System.out.printf("  mean recall %.2f, mean P@10 %.2f, title hit first %d/%d%n",
                        recallSum / queries.size(), precisionSum / queries.size(), titleFirst, queries.size());
            }
        }
    }

    /** Both fields, the query word as the analyzer splits it (a phrase when it makes several tokens). */
    private static Query query(Analyzer analyzer, String q) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query title = builder.createPhraseQuery("title", q);
        Query text = builder.createPhraseQuery("text", q);
        if (title == null || text == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(title, 3f),
                        BooleanClause.Occur.SHOULD)
                .add(text, BooleanClause.Occur.SHOULD).build();
    }

    private static List<Doc> read(Path dir) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String raw = Files.readString(file);
                String title = "";
                String body = raw;
                if (raw.startsWith("---")) {
                    int end = raw.indexOf("\n---", 3);
                    if (end > 0) {
                        String front = raw.substring(3, end);
                        body = raw.substring(end + 4);
                        for (String line : front.split("\n")) {
                            if (line.startsWith("title:")) {
                                title = line.substring(6).trim();
                            }
                        }
                    }
                }
                docs.add(new Doc(title, body));
            }
        }
        return docs;
    }
}
