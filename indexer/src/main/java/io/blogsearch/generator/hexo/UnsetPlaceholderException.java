package io.blogsearch.generator.hexo;

import io.blogsearch.parse.PageProblemException;
import java.util.Set;

/**
 * A post whose permalink pattern has placeholders nothing gives a value: Hexo writes {@code undefined} in their place,
 * and so does the indexed URL; {@code :id} is a database id Hexo makes anew on a fresh build, unknown here unless
 * front matter sets {@code id}. The post is indexed at that URL.
 */
public final class UnsetPlaceholderException extends PageProblemException {

    UnsetPlaceholderException(Set<String> names) {
        super("permalink placeholder" + (names.size() == 1 ? " :" : "s :") + String.join(", :", names)
                + " not set by the post, its file name or permalink_defaults: Hexo writes 'undefined' there"
                + (names.contains("id") ? " (:id is a database id Hexo assigns; set id in front matter)" : ""),
                0, false);
    }
}
