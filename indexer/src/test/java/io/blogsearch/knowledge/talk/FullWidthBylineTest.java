package io.blogsearch.knowledge.talk;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Speaker;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Japanese bylines: people with their affiliations in full-width parentheses, joined by "、" or "&amp;". */
class FullWidthBylineTest {

    private static Optional<List<Speaker>> parse(String line) {
        return FullWidthByline.parse(line, NameShape::isPersonName);
    }

    @Test
    void readsEachPersonsAffiliationLikeAnEnglishBylinesElements() {
        assertThat(parse("Mira Olsen（Ropeworks）、Ivo Brandt（Staff Rigger, Kettle Labs）& Lena Voss（Sail Advocate）"))
                .contains(List.of(new Speaker("Mira Olsen", null, "Ropeworks"),
                        new Speaker("Ivo Brandt", "Staff Rigger", "Kettle Labs"),
                        new Speaker("Lena Voss", "Sail Advocate", null)));
        // a legal-form suffix stays on its organisation
        assertThat(parse("Pia Lund（Knotworks, Inc.）")).contains(List.of(new Speaker("Pia Lund", null,
                "Knotworks, Inc.")));
    }

    @Test
    void aNameBeforeAnAmpersandSharesTheNextPersonsOrganisation() {
        assertThat(parse("Mira Olsen & Ivo Brandt（Ropeworks）")).contains(List.of(
                new Speaker("Mira Olsen", null, "Ropeworks"), new Speaker("Ivo Brandt", null, "Ropeworks")));
        // "、" lists people without saying they share anything
        assertThat(parse("Mira Olsen、Ivo Brandt（Ropeworks）")).contains(List.of(
                Speaker.named("Mira Olsen"), new Speaker("Ivo Brandt", null, "Ropeworks")));
        assertThat(parse("Mira Olsen、Ivo Brandt、Lena Voss")).contains(List.of(Speaker.named("Mira Olsen"),
                Speaker.named("Ivo Brandt"), Speaker.named("Lena Voss")));
    }

    @Test
    void leavesOutAffiliationsInJapaneseScriptAndSharesNothingFromThem() {
        // 縄工房 could be a workplace or a job: role words cannot tell, so neither is guessed
        assertThat(parse("Mira Olsen（縄工房）& Ivo Brandt（Ropeworks）")).contains(List.of(
                Speaker.named("Mira Olsen"), new Speaker("Ivo Brandt", null, "Ropeworks")));
        assertThat(parse("Mira Olsen（帆布部, Ropeworks）")).contains(List.of(
                new Speaker("Mira Olsen", null, "Ropeworks")));
        // one name and nothing readable: as likely a title with its translation as a byline
        assertThat(parse("Mira Olsen（縄工房）")).isEmpty();
        assertThat(parse("Knots Under Load（荷重下の結び目）")).isEmpty();
    }

    @Test
    void anyPartThatIsNoPersonsNameRejectsTheLine() {
        assertThat(parse("山田 太郎（縄工房）")).isEmpty();
        assertThat(parse("Mira Olsen（Ropeworks）、山田太郎（縄工房）")).isEmpty();
        assertThat(parse("Rope Project Maintainers（Ropeworks）")).isEmpty();
        assertThat(parse("5月7日（火）• 11:00 - 11:30")).isEmpty();
        assertThat(parse("結び目の科学（入門編）")).isEmpty();
    }

    @Test
    void needsAFullWidthParenthesisOrListCommaAndWellFormedParts() {
        assertThat(parse("Mira Olsen")).isEmpty();
        assertThat(parse("Mira Olsen & Ivo Brandt")).isEmpty();
        assertThat(parse("Mira Olsen（Ropeworks）、")).isEmpty();
        assertThat(parse("Mira Olsen（Ropeworks")).isEmpty();
        assertThat(parse("Mira Olsen（Ropeworks）と仲間たち")).isEmpty();
    }
}
