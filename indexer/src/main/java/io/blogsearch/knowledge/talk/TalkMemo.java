package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Section;
import io.blogsearch.model.Speaker;
import io.blogsearch.model.Talk;
import io.blogsearch.model.TalkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Talk detection of one page written as text and read back, so an incremental build skips detection of unchanged
 * pages. Detection depends only on the sections, whether the page reports on an event and the config's extra
 * speaker names; the latter two form the memo's key, checked on reading (the sections are fixed by the content hash).
 * Written by hand, values length-prefixed: Jackson would cost more than detection in a cold JVM.
 */
public final class TalkMemo {

    private static final String VERSION = "1";

    private TalkMemo() {
    }

    /** The key detection inputs other than the sections give. */
    public static String key(boolean eventReport, Set<String> extraNames) {
        StringBuilder key = new StringBuilder().append(VERSION).append(eventReport ? "|e" : "|n");
        new TreeSet<>(extraNames).forEach(name -> field(key, name));
        return key.toString();
    }

    /** The memo of a detection result under a key. */
    public static String write(String key, TalkSections.Result result) {
        StringBuilder out = new StringBuilder(128);
        field(out, key);
        field(out, Integer.toString(result.talks().size()));
        for (Talk talk : result.talks()) {
            field(out, talk.kind() == null ? null : talk.kind().name());
            field(out, talk.title());
            field(out, talk.heading());
            field(out, talk.anchor());
            field(out, Integer.toString(talk.speakers().size()));
            for (Speaker speaker : talk.speakers()) {
                field(out, speaker.name());
                field(out, speaker.role());
                field(out, speaker.org());
            }
        }
        field(out, Integer.toString(result.sections().size()));
        result.sections().forEach(section -> field(out, section.talkAnchor()));
        return out.toString();
    }

    /**
     * The detection result a memo holds for these sections, or null when the memo is missing, of another key, or
     * does not fit the sections (then detection simply runs again).
     */
    public static TalkSections.Result read(String memo, String key, List<Section> sections) {
        if (memo == null) {
            return null;
        }
        try {
            Reader in = new Reader(memo);
            if (!key.equals(in.next())) {
                return null;
            }
            int talkCount = Integer.parseInt(in.next());
            List<Talk> talks = new ArrayList<>(talkCount);
            for (int t = 0; t < talkCount; t++) {
                String kind = in.next();
                String title = in.next();
                String heading = in.next();
                String anchor = in.next();
                int speakerCount = Integer.parseInt(in.next());
                List<Speaker> speakers = new ArrayList<>(speakerCount);
                for (int s = 0; s < speakerCount; s++) {
                    speakers.add(new Speaker(in.next(), in.next(), in.next()));
                }
                talks.add(new Talk(kind == null ? null : TalkKind.valueOf(kind), title, speakers, heading, anchor));
            }
            if (Integer.parseInt(in.next()) != sections.size()) {
                return null;
            }
            List<Section> tied = new ArrayList<>(sections.size());
            for (Section section : sections) {
                String talkAnchor = in.next();
                tied.add(talkAnchor == null ? section : section.withTalkAnchor(talkAnchor));
            }
            return in.atEnd() ? new TalkSections.Result(talks, tied) : null;
        } catch (RuntimeException e) {
            return null; // a damaged memo: detect again
        }
    }

    /** Appends a value with its length ({@code -} for null), so values may hold any character. */
    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }

    /** Reads the values {@link #field} wrote, in order. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        String next() {
            if (text.charAt(at) == '-') {
                at++;
                return null;
            }
            int colon = text.indexOf(':', at);
            int length = Integer.parseInt(text, at, colon, 10);
            String value = text.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            return value;
        }

        boolean atEnd() {
            return at == text.length();
        }
    }
}
