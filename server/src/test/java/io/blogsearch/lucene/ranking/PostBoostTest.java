package io.blogsearch.lucene.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.fixtures.TestIndexes;
import io.blogsearch.fixtures.TestPages;
import io.blogsearch.schema.DocType;
import io.blogsearch.schema.Fields;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The post bit sets mark whole posts and nothing else, in every segment. */
class PostBoostTest {

    @TempDir
    Path dir;

    @Test
    void multipliesPostsOnlyInEverySegment() throws Exception {
        TestIndexes.write(dir.resolve("index"), List.of(TestPages.summitDay2()));
        TestIndexes.update(dir.resolve("index"), List.of(TestPages.page("content/post/second.md", "Second",
                "2020-01-01", List.of(), "Words.", List.of())));
        try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            PostBoost boost = PostBoost.of(reader);
            int posts = 0;
            int others = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                FixedBitSet leafPosts = boost.of(leaf);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    String type = leaf.reader().storedFields().document(doc).get(Fields.TYPE);
                    boolean post = DocType.POST.value().equals(type);
                    assertThat(leafPosts.get(doc)).isEqualTo(post);
                    posts += post ? 1 : 0;
                    others += post ? 0 : 1;
                }
            }
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            assertThat(posts).isEqualTo(2);
            assertThat(others).isPositive();
        }
    }
}
