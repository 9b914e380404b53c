package io.blogsearch.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups of equivalent words and phrases ({@code k8s} = {@code kubernetes}). Expansion happens at query time, so the
 * site config can add groups without a reindex. Keys are lower-cased; a multi-word entry is searched as a phrase.
 */
public final class Synonyms {

    /** Abbreviations and spellings technical blogs use interchangeably. */
    private static final List<List<String>> BUILT_IN = List.of(
            List.of("k8s", "kubernetes"),
            List.of("k3s", "lightweight kubernetes"),
            List.of("js", "javascript"),
            List.of("ts", "typescript"),
            List.of("py", "python"),
            List.of("db", "database"),
            List.of("postgres", "postgresql", "pg"),
            List.of("mongo", "mongodb"),
            List.of("ci", "continuous integration"),
            List.of("cd", "continuous delivery", "continuous deployment"),
            List.of("cncf", "cloud native computing foundation"),
            List.of("aws", "amazon web services"),
            List.of("gcp", "google cloud platform", "google cloud"),
            List.of("gke", "google kubernetes engine"),
            List.of("eks", "elastic kubernetes service"),
            List.of("aks", "azure kubernetes service"),
            List.of("vm", "virtual machine"),
            List.of("os", "operating system"),
            List.of("lb", "load balancer", "loadbalancer"),
            List.of("tls", "ssl"),
            List.of("ml", "machine learning"),
            List.of("ai", "artificial intelligence"),
            List.of("sre", "site reliability engineering"),
            List.of("oss", "open source"),
            List.of("cli", "command line"),
            List.of("psp", "pod security policy"),
            List.of("rbac", "role based access control"),
            List.of("crd", "custom resource definition"),
            List.of("hpa", "horizontal pod autoscaler"),
            List.of("ha", "high availability"),
            List.of("prom", "prometheus"),
            List.of("kubecon", "kube con"),
            List.of("golang", "go lang"));

    private final Map<String, Set<String>> byWord;

    private Synonyms(Map<String, Set<String>> byWord) {
        this.byWord = byWord;
    }

    /** The built-in groups only. */
    public static Synonyms builtIn() {
        return withGroups(List.of());
    }

    /** The built-in groups plus the given ones (e.g. from the site's {@code blogsearch.yaml}). */
    public static Synonyms withGroups(Collection<? extends Collection<String>> extra) {
        Map<String, Set<String>> byWord = new LinkedHashMap<>();
        List<Collection<String>> all = new ArrayList<>(BUILT_IN);
        all.addAll(extra);
        for (Collection<String> group : all) {
            List<String> normalized = group.stream().map(Synonyms::normalize).filter(s -> !s.isEmpty()).toList();
            for (String word : normalized) {
                Set<String> others = byWord.computeIfAbsent(word, k -> new LinkedHashSet<>());
                normalized.stream().filter(other -> !other.equals(word)).forEach(others::add);
            }
        }
        return new Synonyms(byWord);
    }

    /** The other members of every group the word is in; empty when it has none. */
    public Set<String> of(String word) {
        return byWord.getOrDefault(normalize(word), Set.of());
    }

    /** Every group, each word with the words it stands for, for engines that take synonym rules. */
    public List<List<String>> groups() {
        Set<List<String>> groups = new LinkedHashSet<>();
        byWord.forEach((word, others) -> {
            List<String> group = new ArrayList<>();
            group.add(word);
            group.addAll(others);
            groups.add(group.stream().sorted().toList());
        });
        return List.copyOf(groups);
    }

    private static String normalize(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
