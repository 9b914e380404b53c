package io.blogsearch.server;

import io.blogsearch.cli.Engines;
import io.blogsearch.engine.SearchEngine;
import java.nio.file.Path;

/** The search API's contract on the embedded Lucene engine. */
class SearchApiIT extends SearchApiContract {

    @Override
    protected SearchEngine engine(Path localIndex) {
        return Engines.lucene(localIndex);
    }
}
