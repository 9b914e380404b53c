package io.blogsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HugoDatesTest {

    @Test
    void parsesEveryDateFormatHugoAccepts() {
        assertThat(HugoDates.parse("2018-05-04T08:16:15+02:00")).hasToString("2018-05-04T06:16:15Z");
        assertThat(HugoDates.parse("2018-05-04T08:16:15Z")).hasToString("2018-05-04T08:16:15Z");
        assertThat(HugoDates.parse("2018-05-04T08:16:15.123-0700")).hasToString("2018-05-04T15:16:15.123Z");
        assertThat(HugoDates.parse("2018-05-04T08:16:15")).hasToString("2018-05-04T08:16:15Z");
        assertThat(HugoDates.parse("2018-05-04 08:16:15 +0200")).hasToString("2018-05-04T06:16:15Z");
        assertThat(HugoDates.parse("2018-05-04 08:16")).hasToString("2018-05-04T08:16:00Z");
        assertThat(HugoDates.parse("2018-05-04")).hasToString("2018-05-04T00:00:00Z");
        assertThat(HugoDates.parse("'2018-05-04'")).hasToString("2018-05-04T00:00:00Z");
    }

    @Test
    void returnsNullForWhatIsNoDate() {
        assertThat(HugoDates.parse("yesterday")).isNull();
        assertThat(HugoDates.parse("2018-13-45")).isNull();
        assertThat(HugoDates.parse((String) null)).isNull();
    }
}
