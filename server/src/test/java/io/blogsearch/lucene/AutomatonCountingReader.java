package io.blogsearch.lucene;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A reader that notes every distinct automaton run over its term dictionaries (fuzzy, prefix and spelling searches
 * all intersect one with a field's terms): building those automata is what a worst-case query pays for.
 */
final class AutomatonCountingReader extends FilterDirectoryReader {

    private final Set<CompiledAutomaton> automata;

    private AutomatonCountingReader(DirectoryReader in, Set<CompiledAutomaton> automata) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new CountingLeaf(reader, automata);
            }
        });
        this.automata = automata;
    }

    /** Wraps {@code in}, counting from now on. */
    static AutomatonCountingReader wrap(DirectoryReader in) throws IOException {
        return new AutomatonCountingReader(in, Collections.synchronizedSet(Collections.newSetFromMap(
                new IdentityHashMap<>())));
    }

    /** Distinct automata run so far. */
    int automata() {
        return automata.size();
    }

    /** Forgets the automata run so far. */
    void reset() {
        automata.clear();
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new AutomatonCountingReader(in, automata);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    private static final class CountingLeaf extends FilterLeafReader {

        private final Set<CompiledAutomaton> automata;

        CountingLeaf(LeafReader in, Set<CompiledAutomaton> automata) {
            super(in);
            this.automata = automata;
        }

        @Override
        public Terms terms(String field) throws IOException {
            Terms terms = super.terms(field);
            return terms == null ? null : new FilterTerms(terms) {
                @Override
                public TermsEnum intersect(CompiledAutomaton compiled, BytesRef startTerm) throws IOException {
                    automata.add(compiled);
                    return in.intersect(compiled, startTerm);
                }
            };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }
}
