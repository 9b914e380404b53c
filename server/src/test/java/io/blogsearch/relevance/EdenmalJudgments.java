package io.blogsearch.relevance;

import static io.blogsearch.relevance.Judgment.figureTitled;
import static io.blogsearch.relevance.Judgment.of;
import static io.blogsearch.relevance.Judgment.path;
import static io.blogsearch.relevance.Judgment.quoteSaying;
import static io.blogsearch.relevance.Judgment.spokenBy;

import java.util.List;

/** Judged queries over the edenmal corpus (a one-language blog of conference reports and how-tos). */
final class EdenmalJudgments {

    static final List<Judgment> ALL = List.of(
            // Topic words
            of("topic", "elasticsearch operator", path("Kubernetes-Elasticsearch-Operator")),
            of("topic", "keycloak saml", path("GitLab-Keycloak-SAML")),
            of("topic", "matrix synapse", path("Matrix-Synapse-SAML2-Login")),
            of("topic", "sysctl parameters", path("My-sysctl-Parameters")),
            of("topic", "openvswitch overlay network", path("OpenVSwitch-Multi-Host-Overlay-Network")),
            of("topic", "rbd bench", path("Ceph-rbd-bench-Commands")),
            of("topic", "steamcmd cephfs", path("SteamCMD-Not-working-on-CephFS")),
            of("topic", "zulip installation", path("Zulip-Installation")),
            of("topic", "iptables statistic module", path("iptables-Using-statistic-module")),
            of("topic", "owncloud rook ceph", path("Running-ownCloud-in-Kubernetes-with-Rook-Ceph-Storage")),
            of("topic", "home office setup", path("Home-Office-Setup")),
            of("topic", "cri-o container linux", path("CRI-O-Container-Linux-How-to-Install")),
            of("topic", "network testing automation", path("Ancientt-Automation-for-Network-Testing-Tools")),
            of("topic", "nuclear fusion", path("Nuclear-Fusion-Presentation")),
            of("topic", "ansible user management", path("Ansible-User-Management-Role")),
            of("topic", "cluster federation", path("Kubernetes-Cluster-Federation")),
            of("topic", "k8s elasticsearch", path("Kubernetes-Elasticsearch-Operator")),
            // Typos
            of("typo", "elasticsearh operator", path("Kubernetes-Elasticsearch-Operator")),
            of("typo", "keycloack", path("Keycloak")),
            of("typo", "matrx synapse", path("Matrix-Synapse-SAML2-Login")),
            of("typo", "openvswich", path("OpenVSwitch")),
            of("typo", "kubernets federation", path("Kubernetes-Cluster-Federation")),
            of("typo", "ansibel role", path("Ansible-User-Management-Role")),
            // Half-typed words
            of("prefix", "elasticsea", path("Kubernetes-Elasticsearch-Operator")),
            of("prefix", "ancien", path("Ancientt")),
            of("prefix", "zuli", path("Zulip-Installation")),
            of("prefix", "k8s-vagrant-mul", path("k8s-vagrant-multi-node")),
            of("prefix", "sysct", path("My-sysctl-Parameters")),
            // Quote fragments
            of("quote", "carry the scissors for miles", quoteSaying("carry the scissors")),
            of("quote", "innovation is done by individuals", quoteSaying("innovation is done by individuals")),
            of("quote", "steal your servers", quoteSaying("steal your servers")),
            of("quote", "smell of sponsors", quoteSaying("smell of sponsors")),
            // Questions for quotes
            of("question", "who said running with scissors", quoteSaying("running with scissors")),
            of("question", "who said innovation", quoteSaying("innovation is done by individuals")),
            // Figure titles
            of("figure", "funambule waffle", path("FOSDEM19")),
            of("figure", "weave scope ui", figureTitled("weave scope")),
            of("figure", "snow on saturday", path("FOSDEM19")),
            of("figure", "service ip iptables diagram", figureTitled("iptables diagram")),
            // Speaker names
            of("speaker", "kelsey hightower", spokenBy("Kelsey Hightower")),
            of("speaker", "liz rice", spokenBy("Liz Rice")),
            of("speaker", "alexis richardson", spokenBy("Alexis Richardson")),
            of("speaker", "dan kohn", spokenBy("Dan Kohn")));

    private EdenmalJudgments() {
    }
}
