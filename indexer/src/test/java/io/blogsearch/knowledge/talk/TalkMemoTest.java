package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Section;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TalkMemoTest {

    private static final List<Section> SECTIONS = List.of(
            new Section("Keynotes", 2, "keynotes", "", null),
            new Section("Keynote: Sailing: Past the Reef - Marta Oyelaran, Chief Tinkerer, Harbour | Robotics", 3,
                    "keynote-sailing", "text", null),
            new Section("Demo", 4, "demo", "more", null),
            new Section("Presentation: \"Quiet Ports\"", 3, "presentation", "", null),
            new Section("Wrap-up", 2, "wrap-up", "", null));

    @Test
    void readsBackWhatDetectionFound() {
        TalkSections.Result detected = TalkSections.detect(SECTIONS, true, Set.of());
        String key = TalkMemo.key(true, Set.of());

        TalkSections.Result read = TalkMemo.read(TalkMemo.write(key, detected), key, SECTIONS);

        assertThat(detected.talks()).isNotEmpty();
        assertThat(read).isEqualTo(detected);
    }

    @Test
    void ignoresMemoOfOtherDetectionInputs() {
        TalkSections.Result detected = TalkSections.detect(SECTIONS, true, Set.of());
        String memo = TalkMemo.write(TalkMemo.key(true, Set.of()), detected);

        assertThat(TalkMemo.read(memo, TalkMemo.key(false, Set.of()), SECTIONS)).isNull();
        assertThat(TalkMemo.read(memo, TalkMemo.key(true, Set.of("marta oyelaran")), SECTIONS)).isNull();
    }

    @Test
    void ignoresMemoThatDoesNotFitTheSections() {
        TalkSections.Result detected = TalkSections.detect(SECTIONS, true, Set.of());
        String key = TalkMemo.key(true, Set.of());
        String memo = TalkMemo.write(key, detected);

        assertThat(TalkMemo.read(memo, key, SECTIONS.subList(0, 2))).isNull();
        assertThat(TalkMemo.read(memo.substring(0, memo.length() - 3), key, SECTIONS)).isNull();
        assertThat(TalkMemo.read(null, key, SECTIONS)).isNull();
    }
}
