package io.blogsearch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class CjkRunWordsTest {

    /** Documents writing each stretch; any other stretch is written nowhere. */
    private static ToIntFunction<String> written(Map<String, Integer> documents) {
        return stretch -> documents.getOrDefault(stretch, 0);
    }

    @Test
    void aRunSomePageWritesStaysWhole() {
        assertThat(CjkRunWords.of("部署服务器", written(Map.of("部署服务器", 1, "部署", 9)))).containsExactly("部署服务器");
    }

    @Test
    void aRunNoPageWritesIsCutIntoTheWordsThatPagesWrite() {
        // read from the start, "部署服务" (a real pairing, deploy + service) would leave 器 out
        Map<String, Integer> documents = Map.of("部署", 5, "服务器", 3, "服务", 9, "部署服务", 1);
        assertThat(CjkRunWords.of("部署服务器", written(documents))).containsExactly("部署", "服务器");
    }

    @Test
    void aCharacterNoPageWritesBesideItsNeighboursIsLeftOut() {
        assertThat(CjkRunWords.of("我的博客文章", written(Map.of("博客", 4, "文章", 6)))).containsExactly("博客", "文章");
    }

    @Test
    void ofTwoReadingsAlikeTheLikelierWins() {
        Map<String, Integer> documents = Map.of("甲乙丙", 40, "丁戊", 30, "甲乙", 2, "丙丁戊", 1);
        assertThat(CjkRunWords.of("甲乙丙丁戊", written(documents))).containsExactly("甲乙丙", "丁戊");
        Map<String, Integer> reversed = Map.of("甲乙丙", 1, "丁戊", 2, "甲乙", 30, "丙丁戊", 40);
        assertThat(CjkRunWords.of("甲乙丙丁戊", written(reversed))).containsExactly("甲乙", "丙丁戊");
    }

    @Test
    void withoutEvidenceTheRunStaysAsTyped() {
        assertThat(CjkRunWords.of("部署服务器", written(Map.of()))).containsExactly("部署服务器");
        assertThat(CjkRunWords.of("服务器", written(Map.of("服务", 3)))).as("a part is not a reading")
                .containsExactly("服务器");
        assertThat(CjkRunWords.of("部署服务器", stretch -> CjkRunWords.ENOUGH_DOCUMENTS)).containsExactly("部署服务器");
    }

    @Test
    void everyStretchThatMayBeCountedIsListed() {
        assertThat(CjkRunWords.stretches("部署服务")).containsExactlyInAnyOrder("部署服务", "部署", "部署服", "署服",
                "署服务", "服务");
        assertThat(CjkRunWords.mayHoldWords("部署服务")).isTrue();
        assertThat(CjkRunWords.mayHoldWords("部署")).isFalse();
        assertThat(CjkRunWords.mayHoldWords("docker部署")).isFalse();
    }

    @Test
    void aRunTheExactFieldsSplitIsAPhrase() {
        assertThat(CjkRunWords.isPhrase("部署")).isTrue();
        assertThat(CjkRunWords.isPhrase("のトレース")).isTrue();
        assertThat(CjkRunWords.isPhrase("コレクター")).as("katakana stays one token").isFalse();
        assertThat(CjkRunWords.isPhrase("部")).isFalse();
        assertThat(CjkRunWords.isPhrase("rook-ceph")).isFalse();
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String run = "𠀀𠀁部署";
        List<String> words = CjkRunWords.of(run, written(Map.of("𠀀𠀁", 2, "部署", 3)));
        assertThat(words).containsExactly("𠀀𠀁", "部署");
    }
}
