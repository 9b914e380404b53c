package io.blogsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.blogsearch.api.Hit;
import io.blogsearch.api.SearchResponse;
import io.blogsearch.fixtures.SiteIndexes;
import io.blogsearch.schema.FacetDims;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Judged queries over the shared corpus: for each, what a relevant hit is. Reports success@1 and MRR@10 and fails
 * below MRR 0.7. The judgments are ours, made by reading the archive; they name posts by file and entities by a few
 * words, never by copying text.
 */
class RelevanceIT {

    private static final double MIN_MRR = 0.7;
    private static final int DEPTH = 10;

    private record Judgment(String kind, String query, String type, Predicate<Hit> relevant) {
    }

    private static final List<Judgment> JUDGMENTS = List.of(
            // Topic words
            topic("elasticsearch operator", path("Kubernetes-Elasticsearch-Operator")),
            topic("keycloak saml", path("GitLab-Keycloak-SAML")),
            topic("matrix synapse", path("Matrix-Synapse-SAML2-Login")),
            topic("sysctl parameters", path("My-sysctl-Parameters")),
            topic("openvswitch overlay network", path("OpenVSwitch-Multi-Host-Overlay-Network")),
            topic("rbd bench", path("Ceph-rbd-bench-Commands")),
            topic("steamcmd cephfs", path("SteamCMD-Not-working-on-CephFS")),
            topic("zulip installation", path("Zulip-Installation")),
            topic("iptables statistic module", path("iptables-Using-statistic-module")),
            topic("owncloud rook ceph", path("Running-ownCloud-in-Kubernetes-with-Rook-Ceph-Storage")),
            topic("home office setup", path("Home-Office-Setup")),
            topic("cri-o container linux", path("CRI-O-Container-Linux-How-to-Install")),
            topic("network testing automation", path("Ancientt-Automation-for-Network-Testing-Tools")),
            topic("nuclear fusion", path("Nuclear-Fusion-Presentation")),
            topic("ansible user management", path("Ansible-User-Management-Role")),
            topic("cluster federation", path("Kubernetes-Cluster-Federation")),
            topic("k8s elasticsearch", path("Kubernetes-Elasticsearch-Operator")),
            // Typos
            typo("elasticsearh operator", path("Kubernetes-Elasticsearch-Operator")),
            typo("keycloack", path("Keycloak")),
            typo("matrx synapse", path("Matrix-Synapse-SAML2-Login")),
            typo("openvswich", path("OpenVSwitch")),
            typo("kubernets federation", path("Kubernetes-Cluster-Federation")),
            typo("ansibel role", path("Ansible-User-Management-Role")),
            // Half-typed words
            prefix("elasticsea", path("Kubernetes-Elasticsearch-Operator")),
            prefix("ancien", path("Ancientt")),
            prefix("zuli", path("Zulip-Installation")),
            prefix("k8s-vagrant-mul", path("k8s-vagrant-multi-node")),
            prefix("sysct", path("My-sysctl-Parameters")),
            // Quote fragments
            quote("carry the scissors for miles", quoteSaying("carry the scissors")),
            quote("innovation is done by individuals", quoteSaying("innovation is done by individuals")),
            quote("steal your servers", quoteSaying("steal your servers")),
            quote("smell of sponsors", quoteSaying("smell of sponsors")),
            // Questions for quotes
            question("who said running with scissors", quoteSaying("running with scissors")),
            question("who said innovation", quoteSaying("innovation is done by individuals")),
            // Figure titles
            figure("funambule waffle", path("FOSDEM19")),
            figure("weave scope ui", figureTitled("weave scope")),
            figure("snow on saturday", path("FOSDEM19")),
            figure("service ip iptables diagram", figureTitled("iptables diagram")),
            // Speaker names
            speaker("kelsey hightower", spokenBy("Kelsey Hightower")),
            speaker("liz rice", spokenBy("Liz Rice")),
            speaker("alexis richardson", spokenBy("Alexis Richardson")),
            speaker("dan kohn", spokenBy("Dan Kohn")));

    @Test
    void judgedQueriesReachMrrOfAtLeastSevenTenths() throws Exception {
        List<String> report = new ArrayList<>();
        double reciprocalRanks = 0;
        int successAt1 = 0;
        try (IndexHandle index = IndexHandle.open(SiteIndexes.sharedCorpus())) {
            SearchService service = new SearchService(index, Synonyms.builtIn(), SearchService.DEFAULT_BUDGET_MILLIS);
            for (Judgment judgment : JUDGMENTS) {
                Map<String, List<String>> filters = judgment.type() == null ? Map.of()
                        : Map.of(FacetDims.TYPE, List.of(judgment.type()));
                SearchResponse response = service.search(new SearchRequest(judgment.query(), filters, null, null,
                        null, 1, DEPTH));
                int rank = rank(response.hits(), judgment.relevant());
                reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
                successAt1 += rank == 1 ? 1 : 0;
                report.add(String.format(Locale.ROOT, "  %-7s %-36s rank %s   top: %s", judgment.kind(),
                        judgment.query(), rank == 0 ? "-" : Integer.toString(rank),
                        response.hits().isEmpty() ? "(none)" : response.hits().get(0).title()));
            }
        }
        double mrr = reciprocalRanks / JUDGMENTS.size();
        double s1 = (double) successAt1 / JUDGMENTS.size();
        System.out.println("Relevance over the shared corpus (" + JUDGMENTS.size() + " judged queries):");
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "success@1 = %.3f, MRR@10 = %.3f%n", s1, mrr);
        assertThat(JUDGMENTS).hasSizeGreaterThanOrEqualTo(30);
        assertThat(mrr).as("MRR@10").isGreaterThanOrEqualTo(MIN_MRR);
    }

    private static int rank(List<Hit> hits, Predicate<Hit> relevant) {
        for (int i = 0; i < hits.size(); i++) {
            if (relevant.test(hits.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Judgment topic(String q, Predicate<Hit> relevant) {
        return new Judgment("topic", q, null, relevant);
    }

    private static Judgment typo(String q, Predicate<Hit> relevant) {
        return new Judgment("typo", q, null, relevant);
    }

    private static Judgment prefix(String q, Predicate<Hit> relevant) {
        return new Judgment("prefix", q, null, relevant);
    }

    private static Judgment quote(String q, Predicate<Hit> relevant) {
        return new Judgment("quote", q, null, relevant);
    }

    private static Judgment question(String q, Predicate<Hit> relevant) {
        return new Judgment("question", q, null, relevant);
    }

    private static Judgment figure(String q, Predicate<Hit> relevant) {
        return new Judgment("figure", q, null, relevant);
    }

    private static Judgment speaker(String q, Predicate<Hit> relevant) {
        return new Judgment("speaker", q, null, relevant);
    }

    private static Predicate<Hit> path(String fragment) {
        return hit -> hit.path() != null && hit.path().contains(fragment);
    }

    private static Predicate<Hit> quoteSaying(String words) {
        return hit -> hit.quote() != null && hit.quote().text().toLowerCase(Locale.ROOT).contains(words);
    }

    private static Predicate<Hit> figureTitled(String words) {
        return hit -> hit.figure() != null && hit.figure().title() != null
                && hit.figure().title().toLowerCase(Locale.ROOT).contains(words);
    }

    private static Predicate<Hit> spokenBy(String name) {
        return hit -> hit.speakers().contains(name);
    }
}
