package io.blogsearch.query;

import io.blogsearch.query.UserQuery.FieldClause;
import io.blogsearch.query.UserQuery.QueryField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A forgiving parser for what people type into a search box. It understands {@code "phrases"}, {@code -exclusion},
 * {@code field:value} and a question opening with "who said" (or "who says"), which asks for quotes; anything else
 * (unbalanced quotes, lone operators, {@code * ~ \}, emoji) is read as plain words, so no input is ever an error.
 * Input past {@link #MAX_LENGTH} characters or {@link #MAX_CLAUSES} clauses is dropped rather than refused.
 */
public final class UserQueryParser {

    /** Characters of the query that are read; the rest is ignored. */
    public static final int MAX_LENGTH = 500;
    /** Words, phrases and clauses that are kept; the rest is ignored. */
    public static final int MAX_CLAUSES = 16;

    private UserQueryParser() {
    }

    /** Parses typed text; never throws. */
    public static UserQuery parse(String typed) {
        String text = truncate(typed == null ? "" : typed);
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<FieldClause> fields = new ArrayList<>();
        boolean lastWasWord = false;
        int i = 0;
        int n = text.length();
        while (i < n && words.size() + phrases.size() + excluded.size() + fields.size() < MAX_CLAUSES) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = tokenEnd(text, i);
            String token = text.substring(i, end);
            // A quote opens a phrase only when it is closed later; a lone quote is just noise.
            int quote = token.indexOf('"');
            if (quote >= 0 && text.indexOf('"', i + quote + 1) > 0) {
                int close = text.indexOf('"', i + quote + 1);
                String head = token.substring(0, quote);
                String phrase = text.substring(i + quote + 1, close).trim();
                addPhrase(head, phrase, phrases, excluded, fields, words);
                lastWasWord = false;
                i = close + 1;
                continue;
            }
            lastWasWord = addToken(token.replace("\"", ""), words, excluded, fields);
            i = end;
        }
        boolean prefixLast = lastWasWord && !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
        boolean asksWhoSaid = asksWhoSaid(words, phrases);
        if (asksWhoSaid) {
            words.subList(0, 2).clear();
        }
        return new UserQuery(List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded), List.copyOf(fields),
                prefixLast && !words.isEmpty(), asksWhoSaid);
    }

    /**
     * Whether the words open with "who said" or "who says" and something to look for follows: an author asking whom
     * they quoted. "who said" alone is just two words.
     */
    private static boolean asksWhoSaid(List<String> words, List<String> phrases) {
        if (words.size() < 2 || words.size() == 2 && phrases.isEmpty()) {
            return false;
        }
        String verb = words.get(1).toLowerCase(Locale.ROOT);
        return words.get(0).equalsIgnoreCase("who") && (verb.equals("said") || verb.equals("says"));
    }

    private static void addPhrase(String head, String phrase, List<String> phrases, List<String> excluded,
                                  List<FieldClause> fields, List<String> words) {
        if (phrase.isEmpty()) {
            return;
        }
        if (head.startsWith("-")) {
            excluded.add(phrase);
            return;
        }
        QueryField field = head.endsWith(":") ? field(head.substring(0, head.length() - 1)) : null;
        if (field != null) {
            fields.add(new FieldClause(field, phrase));
        } else {
            if (!head.isBlank()) {
                addToken(head, words, new ArrayList<>(), new ArrayList<>());
            }
            phrases.add(phrase);
        }
    }

    /** Adds one unquoted token; returns whether it became a free word. */
    private static boolean addToken(String token, List<String> words, List<String> excluded,
                                    List<FieldClause> fields) {
        String stripped = token.startsWith("+") ? token.substring(1) : token;
        if (stripped.startsWith("-")) {
            String rest = stripped.replaceFirst("^-+", "");
            if (hasWordCharacter(rest)) {
                excluded.add(rest);
            }
            return false;
        }
        int colon = stripped.indexOf(':');
        if (colon > 0 && colon < stripped.length() - 1) {
            QueryField field = field(stripped.substring(0, colon));
            if (field != null) {
                fields.add(new FieldClause(field, stripped.substring(colon + 1)));
                return false;
            }
        }
        if (hasWordCharacter(stripped)) {
            words.add(stripped);
            return true;
        }
        return false;
    }

    private static QueryField field(String name) {
        String normalized = name.trim().toUpperCase(Locale.ROOT);
        for (QueryField field : QueryField.values()) {
            if (field.name().equals(normalized)) {
                return field;
            }
        }
        return null;
    }

    private static int tokenEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean hasWordCharacter(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH;
        // Never cut a surrogate pair in half: the analyzers would see a broken character.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
