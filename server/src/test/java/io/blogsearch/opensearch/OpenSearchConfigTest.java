package io.blogsearch.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenSearchConfigTest {

    @Test
    void describesTheNodesWithoutUserInfo() {
        OpenSearchConfig config = OpenSearchConfig.parse(List.of("https://admin:secret@os1:9200", " http://os2:9201 "),
                null, "admin", null, false);
        assertThat(config.describe()).isEqualTo("https://os1:9200,http://os2:9201 index blogsearch")
                .doesNotContain("secret").doesNotContain("admin");
        assertThat(config.urls()).hasSize(2);
    }

    @Test
    void refusesWhatIsNoHttpAddressNamingTheOption() {
        assertThatThrownBy(() -> OpenSearchConfig.parse(List.of("os1:9200"), null, null, null, false))
                .hasMessageContaining("--opensearch");
        assertThatThrownBy(() -> OpenSearchConfig.parse(List.of(""), null, null, null, false))
                .hasMessageContaining("--opensearch");
        assertThatThrownBy(() -> OpenSearchConfig.parse(List.of("http://os1:9200"), "Bad Name", null, null, false))
                .hasMessageContaining("--opensearch-index");
    }

    @Test
    void takesThePasswordOnlyFromTheEnvironment() {
        OpenSearchConfig config = OpenSearchConfig.parse(List.of("http://os1:9200"), "blog", null, null, false);
        assertThat(config.password()).isNull();
        assertThat(config.index()).isEqualTo("blog");
    }
}
