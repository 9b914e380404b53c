package io.blogsearch.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteSynonymsTest {

    @TempDir
    Path site;

    @Test
    void hasBuiltInGroupsBothWays() {
        Synonyms synonyms = Synonyms.builtIn();
        assertThat(synonyms.of("k8s")).contains("kubernetes");
        assertThat(synonyms.of("Kubernetes")).contains("k8s");
    }

    @Test
    void readsMapAndListFormsFromBlogsearchYaml() throws Exception {
        Files.writeString(site.resolve("blogsearch.yaml"), "synonyms:\n  wasm: [webassembly]\n  rs: rust\n");
        Synonyms synonyms = SiteSynonyms.load(site);
        assertThat(synonyms.of("webassembly")).contains("wasm");
        assertThat(synonyms.of("rs")).contains("rust");
        assertThat(synonyms.of("k8s")).contains("kubernetes");
        Files.writeString(site.resolve("blogsearch.yaml"),
                "synonyms:\n  - [tf, terraform]\n  - \"pi, raspberry pi\"\n");
        Synonyms groups = SiteSynonyms.load(site);
        assertThat(groups.of("tf")).contains("terraform");
        assertThat(groups.of("pi")).contains("raspberry pi");
    }

    @Test
    void meansBuiltInOnlyWithoutAFile() throws Exception {
        assertThat(SiteSynonyms.load(site).of("k8s")).contains("kubernetes");
    }
}
