package io.blogsearch.knowledge.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches a social handle ({@code @analima}) to a person the archive names elsewhere ("Ana Lima", as a speaker or
 * a quoted person) when the handle is exactly that name's letters; several people sharing those letters, or none,
 * leave the handle unmatched.
 */
public final class HandleResolver {

    private final Map<String, String> nameByLetters = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** A resolver over the people the archive knows. */
    public HandleResolver(Iterable<String> knownNames) {
        for (String name : knownNames) {
            String letters = NameKey.of(name).replace(" ", "");
            if (letters.isEmpty() || name.startsWith("@")) {
                continue;
            }
            String previous = nameByLetters.putIfAbsent(letters, name);
            if (previous != null && !NameKey.of(previous).equals(NameKey.of(name))) {
                ambiguous.add(letters);
            }
        }
    }

    /** The person a handle (with or without its {@code @}) stands for, or null when none is known for sure. */
    public String resolve(String handle) {
        String letters = handle.replaceFirst("^@", "").replace("_", "").toLowerCase(Locale.ROOT);
        return ambiguous.contains(letters) ? null : nameByLetters.get(letters);
    }
}
