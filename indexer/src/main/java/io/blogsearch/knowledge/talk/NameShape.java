package io.blogsearch.knowledge.talk;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a piece of heading text reads as a person's name, a job title or an organisation, by shape and
 * by closed word classes (role words, technical and common words), never by a list of known people.
 */
public final class NameShape {

    /** Lower-case particles that may sit inside a name: "Dan van der Ster", "Wido den Hollander". */
    private static final Set<String> PARTICLES = Set.of("van", "der", "den", "de", "von", "da", "di", "du", "le",
            "la", "dos", "del", "ter", "ten", "bin", "al");

    /** Words of job titles; one of them makes a phrase a role, not a name. */
    private static final Set<String> ROLE_WORDS = Set.of("engineer", "manager", "director", "evangelist",
            "advocate", "architect", "founder", "co-founder", "cofounder", "ceo", "cto", "coo", "cio", "cfo", "vp",
            "president", "officer", "member", "developer", "researcher", "fellow", "head", "lead", "maintainer",
            "contributor", "consultant", "principal", "senior", "sr.", "sr", "staff", "chief", "scientist",
            "engineering", "executive", "specialist", "administrator", "owner", "partner", "analyst", "programmer",
            "student", "professor", "intern", "chair", "pm", "gm", "strategist", "expert", "trainer", "author",
            "product", "technical", "ambassador");

    /** Capitalised words that start headings, name technology or companies, but are not parts of names. */
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "and", "or", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "is", "are", "was", "what", "why", "how", "when", "where",
            "who", "your", "my", "our", "their", "new", "next", "first", "last", "part", "step", "day", "intro",
            "introduction", "update", "updates", "project", "projects", "deep", "dive", "summary", "recap",
            "overview", "demo", "lunch", "time", "party", "booth", "welcome", "thanks", "open", "source", "cloud",
            "native", "data", "storage", "network", "networking", "container", "containers", "kubernetes",
            "docker", "linux", "service", "services", "security", "systems", "labs", "inc", "inc.", "gmbh", "ag",
            "ltd", "llc", "corp", "corporation", "foundation", "group", "university", "technology",
            "technologies", "software", "solutions", "platform", "communications", "support", "engine",
            "community", "team", "teams", "awards", "session", "keynote", "keynotes", "talk", "talks",
            "presentation", "presentations", "workshop", "panel", "meetup", "conference", "monitoring", "logging",
            "remarks", "closing", "opening", "questions", "answers", "break", "dinner", "coffee", "reception",
            "morning", "evening", "afternoon", "setup", "installation", "configuration", "tools", "tool",
            "microservices", "release", "version", "api", "cli", "server", "cluster", "clusters", "operator",
            "operators", "this", "that", "these", "it", "we", "you", "i", "all", "more", "less", "not", "no",
            "yes", "do", "does", "get", "use", "using", "make", "run", "running", "build", "building", "create",
            "deploy", "install", "configure", "meet", "go", "let's", "about", "via", "vs", "vs.", "museum",
            "systeme", "center", "centre", "institute", "agency", "company", "bank", "international", "global",
            "networks", "media", "research", "consulting", "digital", "computing", "web");

    private static final Set<String> COMPANY_SUFFIXES = Set.of("inc", "inc.", "gmbh", "ag", "ltd", "ltd.", "llc",
            "corp", "corp.", "co.", "s.a.", "sa", "bv", "b.v.", "se", "plc", "kg", "oy", "ab", "as");

    /** "Kim-Norman", "McGee", "O'Neil", "J.", "Al-Gaaf", "Kühl": a capital, then letters, marks, ' . or -. */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.\\-]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ALL_CAPS = Pattern.compile("\\p{Lu}{2,}");

    private NameShape() {
    }

    /**
     * True when the text is 2 to 5 capitalised words (particles allowed) that are not role, tech or common words,
     * nor acronyms (two or more capitals and nothing else).
     */
    public static boolean isPersonName(String text) {
        String[] words = WHITESPACE.split(text.trim());
        int capitalised = 0;
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
            // plurals too: "Project Maintainers", "Platform Engineers" are groups, not people
            if (NOT_NAME_WORDS.contains(lower) || ROLE_WORDS.contains(lower) || ROLE_WORDS.contains(singular)) {
                return false;
            }
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(word)) {
                continue;
            }
            boolean shaped = CAPITALISED.matcher(word).matches() && !word.endsWith("-");
            // An all-capitals word is an acronym (IBM, SARAO) wherever it stands; a surname written in capitals
            // cannot be told from one, and a missing name is better than an organisation taken for a person.
            if (!shaped || ALL_CAPS.matcher(word).matches()) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2;
    }

    /** True when the phrase contains a job-title word ("Staff Developer Advocate", "CTO of CoreOS"). */
    public static boolean isRole(String text) {
        for (String word : text.trim().split("[\\s/]+")) {
            if (ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[,;:()]", ""))) {
                return true;
            }
        }
        return false;
    }

    /** True when the one word is a job-title word ("Co-founder", "CTO"), whatever its case. */
    public static boolean isRoleWord(String word) {
        return ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the text is a legal-form suffix that belongs to the organisation before it ("Inc.", "GmbH"). */
    public static boolean isCompanySuffix(String text) {
        return COMPANY_SUFFIXES.contains(text.trim().toLowerCase(Locale.ROOT));
    }
}
