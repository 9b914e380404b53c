package io.blogsearch.relevance;

import static io.blogsearch.relevance.Judgment.of;
import static io.blogsearch.relevance.Judgment.path;

import java.util.List;

/**
 * Judged queries over the opentelemetry corpus (a Hugo/Docsy site in 11 languages, documentation beside a product
 * blog). The expected page is the one a reader typing the query wants, found by reading the site, named by its
 * source path under {@code content/}.
 */
final class OpenTelemetryJudgments {

    static final List<Judgment> ALL = List.of(
            // Blog posts by their topic
            of("blog", "collector antipatterns", path("en/blog/2024/otel-collector-anti-patterns/")),
            of("blog", "histograms vs summaries", path("en/blog/2023/histograms-vs-summaries/")),
            of("blog", "ebay pivoted to opentelemetry", path("en/blog/2022/why-and-how-ebay-pivoted")),
            of("blog", "jaeger native otlp", path("en/blog/2022/jaeger-native-otlp/")),
            of("blog", "instrument nginx", path("en/blog/2022/instrument-nginx/")),
            of("blog", "kafka clients", path("en/blog/2022/instrument-kafka-clients/")),
            of("blog", "container log parser", path("en/blog/2024/otel-collector-container-log-parser/")),
            of("blog", "log deduplication processor", path("en/blog/2026/log-deduplication-processor/")),
            of("blog", "deprecating span events", path("en/blog/2026/deprecating-span-events.md")),
            of("blog", "fuzzing audit", path("en/blog/2024/fuzzing-audit-results.md")),
            of("blog", "mastodon collectors in production", path("en/blog/2026/devex-mastodon/")),
            of("blog", "cocoapods deprecation", path("en/blog/2026/otel-swift-cocoapods-deprecation.md")),
            of("blog", "sunsetting opencensus", path("en/blog/2023/sunsetting-opencensus.md")),
            of("blog", "apache arrow in production", path("en/blog/2024/otel-arrow-production/")),
            of("blog", "new default bind address", path("en/blog/2024/hardening-the-collector-one.md")),
            of("blog", "gateway api mtls", path("en/blog/2025/expose-otel-collector-gateway-api/")),
            of("blog", "end user discussions march 2023", path("en/blog/2023/end-user-discussions-03.md")),
            of("blog", "otel in focus june", path("en/blog/2023/otel-in-focus-06.md")),
            of("blog", "2023 election results", path("en/blog/2023/gc-election-results.md")),
            of("blog", "kubelet stats receiver deprecation",
                    path("en/blog/2025/kubeletstats-receiver-metrics-deprecation.md")),
            // A sentence remembered from a title
            of("phrase", "where is my error", path("en/blog/2024/otel-errors/")),
            of("phrase", "how to name your spans", path("en/blog/2025/how-to-name-your-spans.md")),
            of("phrase", "spring boot starter is stable", path("en/blog/2024/spring-starter-stable/")),
            of("phrase", "dont wrap opentelemetry", path("en/blog/2026/dont-wrap-opentelemetry.md")),
            of("phrase", "how the magic actually works", path("en/blog/2025/demystifying-auto-instrumentation.md")),
            of("phrase", "legacy app black box", path("en/blog/2025/opentelemetry-for-legacy-app/")),
            of("phrase", "small environment variable", path("en/blog/2026/spring-boot-declarative-config/")),
            // Talk titles remembered in part: the KubeCon post listing the talk
            of("phrase", "low overhead zero instrumentation continuous profiling", path("en/blog/2024/kubecon-na.md")),
            of("phrase", "fitness tracker for ci/cd pipelines", path("en/blog/2024/kubecon-na.md")),
            // Documentation pages
            of("docs", "tail sampling service criticality",
                    path("en/docs/demo/sample-configurations/tail-sampling-service-criticality.md")),
            of("docs", "context propagation", path("en/docs/concepts/context-propagation/")),
            of("docs", "horizontal pod autoscaling",
                    path("en/docs/platforms/kubernetes/operator/horizontal-pod-autoscaling.md")),
            of("docs", "install collector on windows", path("en/docs/collector/install/binary/windows.md")),
            of("docs", "gateway deployment pattern", path("en/docs/collector/deploy/gateway.md")),
            of("docs", "handling sensitive data", path("en/docs/security/handling-sensitive-data.md")),
            of("docs", "lambda auto instrumentation", path("en/docs/platforms/faas/lambda-auto-instrument.md")),
            of("docs", "fraud detection service", path("en/docs/demo/services/fraud-detection.md")),
            of("docs", "observability primer", path("en/docs/concepts/observability-primer.md")),
            of("docs", "build a receiver", path("en/docs/collector/extend/custom-component/receiver.md")),
            of("docs", "memory leak recommendation cache", path("en/docs/demo/feature-flags/recommendation-cache/")),
            of("docs", "exemplars dotnet", path("en/docs/languages/dotnet/metrics/exemplars.md")),
            of("docs", "sending queue", path("en/docs/collector/resiliency.md")),
            of("docs", "head sampling", path("en/docs/concepts/sampling/")),
            of("docs", "collector dropping data", path("en/docs/collector/troubleshooting.md")),
            of("docs", "java agent performance overhead", path("en/docs/zero-code/java/agent/performance.md")),
            of("docs", "what is baggage", path("en/docs/concepts/signals/baggage.md")),
            // Typos
            of("typo", "colector antipaterns", path("en/blog/2024/otel-collector-anti-patterns/")),
            of("typo", "histogrms vs sumaries", path("en/blog/2023/histograms-vs-summaries/")),
            of("typo", "obsevability primer", path("en/docs/concepts/observability-primer.md")),
            of("typo", "deduplicaton processor", path("en/blog/2026/log-deduplication-processor/")),
            of("typo", "horizontal pod autoscalling",
                    path("en/docs/platforms/kubernetes/operator/horizontal-pod-autoscaling.md")),
            of("typo", "prometheus compatability survey", path("en/blog/2024/prometheus-compatibility-survey/")),
            of("typo", "kubeletstat reciever", path("en/docs/platforms/kubernetes/collector/components.md",
                    "en/docs/platforms/kubernetes/getting-started.md")),
            // Half-typed words
            of("prefix", "horizontal pod autosc",
                    path("en/docs/platforms/kubernetes/operator/horizontal-pod-autoscaling.md")),
            of("prefix", "fraud detec", path("en/docs/demo/services/fraud-detection.md")),
            of("prefix", "cocoap", path("en/blog/2026/otel-swift-cocoapods-deprecation.md")),
            of("prefix", "context propag", path("en/docs/concepts/context-propagation/")),
            // Other languages
            of("lang", "introducción a la observabilidad", path("es/docs/concepts/observability-primer.md")),
            of("lang", "cómo nombrar tus métricas", path("es/blog/2025/how-to-name-your-metrics.md")),
            of("lang", "cobertura de trazas", path("es/docs/demo/telemetry-features/trace-coverage.md")),
            of("lang", "dépannage instrumentation automatique python",
                    path("fr/docs/zero-code/python/troubleshooting.md")),
            of("lang", "suppression d'instrumentation spécifique", path("fr/docs/zero-code/java/agent/disable.md")),
            of("lang", "como nomear seus spans", path("pt/blog/2025/how-to-name-your-spans.md")),
            of("lang", "convenção semântica", path("pt/docs/concepts/semantic-conventions.md")),
            of("lang", "语义约定", path("zh/docs/concepts/semantic-conventions.md")),
            of("lang", "在 macOS 上安装 Collector", path("zh/docs/collector/install/binary/macos.md")),
            of("lang", "メトリクスの名前の付け方", path("ja/blog/2025/how-to-name-your-metrics.md")),
            of("lang", "コンテナログパーサー", path("ja/blog/2024/otel-collector-container-log-parser/")),
            // Speakers of the talks listed in KubeCon posts
            of("speaker", "alex kats", path("en/blog/2024/kubecon-na.md")),
            of("speaker", "alex arnell", path("en/blog/2024/kubecon-na.md")),
            of("speaker", "nicolas woerner", path("en/blog/2024/kubecon-na.md")),
            of("speaker", "christos kalkanis", path("en/blog/2024/kubecon-na.md",
                    "en/blog/2024/elastic-contributes-continuous-profiling-agent.md", "en/blog/2026/profiles-alpha/")),
            of("speaker", "kruthika prasanna simha", path("en/blog/2024/kubecon-na.md", "en/blog/2025/kubecon-eu.md")));

    private OpenTelemetryJudgments() {
    }
}
