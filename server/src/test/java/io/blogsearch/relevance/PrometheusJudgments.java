package io.blogsearch.relevance;

import static io.blogsearch.relevance.Judgment.of;
import static io.blogsearch.relevance.Judgment.path;

import io.blogsearch.api.Hit;
import java.util.List;
import java.util.function.Predicate;

/**
 * Judged queries over the prometheus corpus (the Prometheus blog, a folder of dated Markdown posts, not Hugo). The
 * expected post is the one a reader typing the query wants, found by reading the posts, named by its file name under
 * {@code blog/posts/}.
 */
final class PrometheusJudgments {

    static final List<Judgment> ALL = List.of(
            // Posts by their topic
            of("blog", "varbit chunks", post("2016-05-08-when-to-use-varbit-chunks")),
            of("blog", "anomaly detection", post("2015-06-18-practical-anomaly-detection")),
            of("blog", "alertmanager templates", post("2016-03-03-custom-alertmanager-templates")),
            of("blog", "etcd service discovery", post("2015-08-17-service-discovery-with-etcd")),
            of("blog", "remote read streaming", post("2019-10-10-remote-read-meets-streaming")),
            of("blog", "agent mode", post("2021-11-16-agent")),
            // one word that a figure title of the post and a heading of another post hold alike: a tie
            of("blog", "agent", post("2021-11-16-agent")),
            of("blog", "string labels optimization", post("2023-03-21-stringlabel")),
            of("blog", "ransomware naming", post("2021-06-10-on-ransomware-naming")),
            of("blog", "target relabeling ui", post("2025-12-02-visualizing-target-relabeling-rules")),
            of("blog", "uncached io", post("2026-03-05-uncached-io")),
            of("blog", "kapa ai", post("2026-04-22-ask-the-prometheus-docs-with-kapa-ai")),
            of("blog", "native storage composite types", post("2026-02-14-modernizing-prometheus-composite-samples")),
            of("blog", "interview showmax", post("2016-05-01-interview-with-showmax")),
            // A sentence remembered from a title
            of("phrase", "pull doesn't scale", post("2016-07-23-pull-does-not-scale-or-does-it")),
            of("phrase", "prometheus reaches 1.0", post("2016-07-18-prometheus-1-0-released")),
            of("phrase", "join the cloud native computing foundation",
                    post("2016-05-09-prometheus-to-join-the-cloud-native-computing-foundation")),
            of("phrase", "graduates within cncf", post("2018-08-09-prometheus-graduates-within-cncf")),
            of("phrase", "our commitment to opentelemetry", post("2024-03-14-commitment-to-opentelemetry")),
            of("phrase", "how non-developers can contribute", post("2025-10-30-non-code-contribution")),
            of("phrase", "new rule format", post("2017-06-21-prometheus-20-alpha3-new-rule-format")),
            // Typos
            of("typo", "anomaly detecton", post("2015-06-18-practical-anomaly-detection")),
            of("typo", "alertmanger templates", post("2016-03-03-custom-alertmanager-templates")),
            of("typo", "ransomare naming", post("2021-06-10-on-ransomware-naming")),
            of("typo", "subquerry support", post("2019-01-28-subquery-support")),
            of("typo", "relabling rules", post("2025-12-02-visualizing-target-relabeling-rules")),
            // Half-typed words
            of("prefix", "remote write complia", post("2021-05-04-prometheus-conformance-remote-write-compliance")),
            of("prefix", "feature fl", post("2021-02-17-introducing-feature-flags")),
            of("prefix", "dreamh", post("2015-06-24-monitoring-dreamhack")),
            of("prefix", "info func", post("2025-12-16-introducing-info-function")),
            // Authors and speakers
            of("person", "callum styan", post("2018-07-05-implementing-custom-sd")),
            of("person", "simon pasquier", post("2019-06-18-interview-with-forgerock")),
            of("person", "victoria nduka", post("2025-10-30-non-code-contribution")),
            of("person", "arve knudsen", post("2025-12-16-introducing-info-function")),
            of("person", "hynek schlawack", post("2016-09-04-promcon-2016-its-a-wrap")),
            // PromCon
            of("promcon", "promcon 2016", post("2016-09-04-promcon-2016-its-a-wrap")),
            of("promcon", "promcon 2017 recap", post("2017-09-04-promcon-2017-recap")),
            of("promcon", "promcon europe 2023 schedule", post("2023-09-01-promcon2023-schedule")),
            of("promcon", "promcon live stream", post("2025-09-22-promcon-2025")));

    private PrometheusJudgments() {
    }

    /** Hits of the post in {@code blog/posts/} whose file name starts with the name. */
    private static Predicate<Hit> post(String name) {
        return path("blog/posts/" + name);
    }
}
