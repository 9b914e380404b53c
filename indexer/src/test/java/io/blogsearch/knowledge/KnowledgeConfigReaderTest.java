package io.blogsearch.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeConfigReaderTest {

    @TempDir
    Path site;

    @Test
    void readsWhichKnowledgeTheSiteWants() throws Exception {
        assertThat(KnowledgeConfigReader.read(site).switches()).isEqualTo(KnowledgeSwitches.all());
        Files.writeString(site.resolve("blogsearch.yaml"), "knowledge:\n  conferences: false\n  quotes: false\n");
        assertThat(KnowledgeConfigReader.read(site).switches()).isEqualTo(new KnowledgeSwitches(false, true, false));
        Files.writeString(site.resolve("blogsearch.yaml"), "knowledge: false\n");
        assertThat(KnowledgeConfigReader.read(site).switches()).isEqualTo(new KnowledgeSwitches(false, false, false));
        Files.writeString(site.resolve("blogsearch.yaml"), "knowledge:\n  talks: maybe\n");
        assertThatThrownBy(() -> KnowledgeConfigReader.read(site)).isInstanceOf(KnowledgeConfigException.class)
                .hasMessageContaining("blogsearch.yaml").hasMessageContaining("knowledge.talks");
    }

    @Test
    void readsSpeakerAndConferenceRulesAndIgnoresOtherKeys() throws Exception {
        Files.writeString(site.resolve("blogsearch.yaml"), """
                synonyms:
                  k8s: [kubernetes]
                speakers:
                  aliases:
                    "R. Quint": "Rosa Quint"
                  noMerge:
                    - ["Jonas Weber", "Jonas Webber"]
                  extra: ["Bennett"]
                conferences:
                  aliases:
                    "Tide Conf": "TideConf 2020"
                  overrides:
                    - path: content/post/a.md
                      conference: Alpha Conf 2019
                    - title: "^Recap of"
                      conference: ""
                somethingElse: 42
                """);
        KnowledgeConfig config = KnowledgeConfigReader.read(site);
        assertThat(config.speakers().aliases()).containsEntry("R. Quint", "Rosa Quint");
        assertThat(config.speakers().noMerge()).containsExactly(List.of("Jonas Weber", "Jonas Webber"));
        assertThat(config.speakers().extra()).containsExactly("Bennett");
        assertThat(config.conferences().aliases()).containsEntry("Tide Conf", "TideConf 2020");
        assertThat(config.conferences().overrides()).hasSize(2);
        assertThat(config.conferences().overrides().get(0).matches("content/post/a.md", "x")).isTrue();
        assertThat(config.conferences().overrides().get(1).matches("content/post/b.md", "Recap of things")).isTrue();
    }

    @Test
    void givesNoRulesWithoutAFile() {
        assertThat(KnowledgeConfigReader.read(site)).isEqualTo(KnowledgeConfig.none());
    }

    @Test
    void reportsABrokenFileWithItsPath() throws Exception {
        Files.writeString(site.resolve("blogsearch.yaml"), "speakers: [unclosed\n");
        assertThatThrownBy(() -> KnowledgeConfigReader.read(site))
                .isInstanceOf(KnowledgeConfigException.class).hasMessageContaining("blogsearch.yaml");
    }
}
