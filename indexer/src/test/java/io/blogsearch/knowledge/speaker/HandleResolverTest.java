package io.blogsearch.knowledge.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandleResolverTest {

    @Test
    void aHandleSpellingAKnownPersonsNameIsThatPerson() {
        HandleResolver handles = new HandleResolver(List.of("Nadia Sorel", "Kai Brun"));
        assertThat(handles.resolve("@nadiasorel")).isEqualTo("Nadia Sorel");
        assertThat(handles.resolve("@Kai_Brun")).isEqualTo("Kai Brun");
        assertThat(handles.resolve("@nadia")).isNull();
    }

    @Test
    void quotesByAnUnknownHandleAreDroppedKnownOnesNamed() {
        HandleResolver handles = new HandleResolver(List.of("Nadia Sorel"));
        List<Quote> quotes = QuoteSpeakers.resolveHandles(List.of(
                new Quote("Crowded room today", "@nadiasorel", null, "https://twitter.com/nadiasorel/status/1"),
                new Quote("Our booth is open", "@someproject", null),
                new Quote("Plain words", "Lio Marr", null)), handles);
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Nadia Sorel", "Lio Marr");
        assertThat(quotes.get(0).source()).isEqualTo("https://twitter.com/nadiasorel/status/1");
    }
}
