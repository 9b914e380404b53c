package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Section;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the talks among a page's headings and ties every section to the talk it belongs to: the talk heading
 * itself and every deeper heading up to the next heading of the same or a higher level. Sections outside talks may
 * list talks in their text ({@link TalkListParser}, {@link TalkTableParser}); those share the section's anchor.
 */
public final class TalkSections {

    private TalkSections() {
    }

    /**
     * The talks of a page and its sections with {@code talkAnchor} set.
     *
     * @param sections    the page's sections in document order
     * @param eventReport whether the page reports on an event
     * @param extraNames  name keys the site config declares as speakers
     */
    public static Result detect(List<Section> sections, boolean eventReport, Set<String> extraNames) {
        List<Talk> talks = new ArrayList<>();
        List<Section> tied = new ArrayList<>(sections.size());
        Deque<Open> open = new ArrayDeque<>();
        for (Section section : sections) {
            while (!open.isEmpty() && open.peek().level() >= section.level()) {
                open.pop();
            }
            Open parent = open.peek();
            String enclosingTalk = parent == null ? null : parent.talkAnchor();
            TalkKind sectionKind = parent == null ? null : parent.sectionKind();
            // Headings inside a talk are its parts ("Demo", "Sandbox projects"), never talks of their own.
            Optional<Talk> talk = enclosingTalk != null ? Optional.empty()
                    : TalkHeadingParser.parse(section.heading(), section.anchor(),
                            new HeadingContext(eventReport, sectionKind, extraNames));
            talk.ifPresent(talks::add);
            String talkAnchor = talk.isPresent() ? section.anchor() : enclosingTalk;
            TalkKind announced = TalkHeadingParser.sectionKind(section.heading());
            if (talkAnchor == null) {
                // a section that is no talk may list talks in its text; it is not tied to any one of them
                TalkKind listKind = announced != null ? announced : sectionKind;
                HeadingContext listContext = new HeadingContext(eventReport, listKind, extraNames);
                talks.addAll(TalkListParser.parse(section, listContext));
                talks.addAll(TalkTableParser.parse(section, listContext));
            }
            open.push(new Open(section.level(), announced != null ? announced : sectionKind, talkAnchor));
            tied.add(talkAnchor == null ? section : section.withTalkAnchor(talkAnchor));
        }
        return new Result(talks, tied);
    }

    /**
     * What detection found.
     *
     * @param talks    talks in document order
     * @param sections the page's sections, each with the anchor of its talk or null
     */
    public record Result(List<Talk> talks, List<Section> sections) {

        /** This result over another copy of the same sections (e.g. without texts): each given its talk anchor. */
        public Result onto(List<Section> same) {
            List<Section> tied = new ArrayList<>(same.size());
            for (int i = 0; i < same.size(); i++) {
                Section section = same.get(i);
                String talkAnchor = sections.get(i).talkAnchor();
                tied.add(Objects.equals(talkAnchor, section.talkAnchor()) ? section
                        : section.withTalkAnchor(talkAnchor));
            }
            return new Result(talks, tied);
        }
    }

    /** A heading whose scope is still open: its level, the talks kind it announces, the talk it belongs to. */
    private record Open(int level, TalkKind sectionKind, String talkAnchor) {
    }
}
