package io.blogsearch.browser;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
class TmpAxeIT {
    @Test void axe() throws Exception {
        String axe = Files.readString(Path.of("/tmp/webdev/node_modules/axe-core/axe.min.js"));
        String base = LiveSearchServer.get().baseUrl();
        for (String scheme : new String[]{"light", "dark"}) {
        try (Browser b = Browser.start(1280, 1000)) {
            b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            new SearchPage(b, base).open("?q=scissors");
            b.driver().executeScript(axe);
            Object r = b.driver().executeAsyncScript("const done = arguments[arguments.length-1]; axe.run(document, {resultTypes:['violations']}).then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0,4).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary||'').slice(0,200))})), null, 1)));");
            System.out.println("AXE " + scheme + " " + r);
            b.driver().get(LiveSearchServer.get().foreignSite().origin() + "/");
        }
        }
    }
}
