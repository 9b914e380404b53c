package io.blogsearch.generator.zola;

import io.blogsearch.parse.PageProblemException;

/** A page whose slug Zola transliterates with a table not known here: indexed, its URL perhaps not Zola's. */
public final class UncertainSlugException extends PageProblemException {

    /** The problem for the text the slug is made of. */
    UncertainSlugException(String text) {
        super("Zola transliterates '" + text + "' into the URL with a table not known here, so the URL may differ "
                + "from the site's; a slug or path in ASCII makes it certain", 0, false);
    }
}
