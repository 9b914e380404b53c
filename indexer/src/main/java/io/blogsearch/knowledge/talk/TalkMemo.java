package io.blogsearch.knowledge.talk;

import io.blogsearch.model.Section;
import io.blogsearch.model.Talk;
import io.blogsearch.state.CompactText;
import io.blogsearch.state.PageCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Talk detection of one page written as text and read back, so an incremental build skips detection of unchanged
 * pages. Detection depends only on the sections, whether the page reports on an event and the config's extra
 * speaker names; the latter two form the memo's key, checked on reading (the sections are fixed by the content hash).
 * Written with the state's codec ({@link PageCodec#writeTalk}): Jackson would cost more than detection in a cold JVM.
 */
public final class TalkMemo {

    private static final String VERSION = "7";

    private TalkMemo() {
    }

    /** The key detection inputs other than the sections give. */
    public static String key(boolean eventReport, Set<String> extraNames) {
        CompactText.Writer key = new CompactText.Writer();
        key.field(VERSION + (eventReport ? "|e" : "|n"));
        new TreeSet<>(extraNames).forEach(key::field);
        return key.toString();
    }

    /** The memo of a detection result under a key. */
    public static String write(String key, TalkSections.Result result) {
        CompactText.Writer out = new CompactText.Writer();
        out.field(key);
        out.list(result.talks(), talk -> PageCodec.writeTalk(out, talk));
        out.field(Integer.toString(result.sections().size()));
        result.sections().forEach(section -> out.field(section.talkAnchor()));
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
            CompactText.Reader in = new CompactText.Reader(memo);
            if (!key.equals(in.next())) {
                return null;
            }
            List<Talk> talks = in.list(() -> PageCodec.readTalk(in));
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
}
