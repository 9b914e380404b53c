package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SilentShortcodesTest {

    @TempDir
    Path root;

    @Test
    void aTemplateOfActionsThatWriteNothingIsSilent() {
        assertThat(SilentShortcodes.writesNothing("{{ if .Inner }}{{ end }}")).isTrue();
        assertThat(SilentShortcodes.writesNothing("{{/* hidden notes */}}\n{{- $x := .Inner -}}\n")).isTrue();
        assertThat(SilentShortcodes.writesNothing("")).isTrue();
        assertThat(SilentShortcodes.writesNothing("{{ .Inner }}")).isFalse();
        assertThat(SilentShortcodes.writesNothing("{{ if .Inner }}<!-- x -->{{ end }}")).isFalse();
        assertThat(SilentShortcodes.writesNothing("{{ with .Get 0 }}{{ . }}{{ end }}")).isFalse();
        assertThat(SilentShortcodes.writesNothing("{{ partial \"x.html\" . }}")).isFalse();
    }

    @Test
    void theSitesTemplateHidesTheThemesAndNestedNamesAreFound() throws Exception {
        write("layouts/shortcodes/aside.html", "{{ if .Inner }}{{ end }}");
        write("layouts/shortcodes/blocks/hidden.html", "{{/* nothing */}}");
        write("layouts/shortcodes/note.html", "<div>{{ .Inner }}</div>");
        write("themes/docs/layouts/shortcodes/note.html", "{{ if .Inner }}{{ end }}");
        write("themes/docs/layouts/shortcodes/draftnote.html", "{{ if .Inner }}{{ end }}");
        assertThat(SilentShortcodes.of(root, List.of(root.resolve("themes/docs"))))
                .containsExactlyInAnyOrder("aside", "blocks/hidden", "draftnote");
    }

    @Test
    void aTemplateThatHidesItsInnerTextIsSilentToo() throws Exception {
        write("layouts/_shortcodes/chart.html", "<div class=\"chart\"></div>{{ $c := .Inner | transform.Unmarshal }}");
        write("layouts/_shortcodes/box.html", "<div>{{ .Inner | markdownify }}</div>");
        assertThat(SilentShortcodes.of(root, List.of())).containsExactly("chart");
    }

    @Test
    void whatASilentShortcodeEnclosesIsNotOnThePage() {
        ShortcodeExpander expander = new ShortcodeExpander(target -> null, Set.of("aside"));
        ShortcodeExpander.Result result = expander.expand(
                "Shown.\n\n{{< aside >}}\nA note for editors.\n{{< /aside >}}\n\n{{< o >}}Kept.{{< /o >}}\n", 1);
        assertThat(result.markdown()).contains("Shown.").contains("Kept.").doesNotContain("editors");
    }

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
