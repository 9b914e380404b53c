package io.blogsearch.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Markdown render hooks of a site and its themes that change a page's text: a blockquote hook
 * ({@code layouts/_markup/render-blockquote.html}, or under {@code _default/}) receives Hugo's alerts without their
 * {@code [!NOTE]} designator.
 */
final class RenderHooks {

    private static final List<String> FOLDERS = List.of("layouts/_markup", "layouts/_default/_markup");

    private RenderHooks() {
    }

    /** Whether the site or one of its themes has a blockquote render hook (of any output format or language). */
    static boolean drawsAlerts(Path root, List<Path> themes) {
        List<Path> folders = new ArrayList<>();
        FOLDERS.forEach(folder -> folders.add(root.resolve(folder)));
        themes.forEach(theme -> FOLDERS.forEach(folder -> folders.add(theme.resolve(folder))));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(file -> file.getFileName().toString().startsWith("render-blockquote"))) {
                    return true;
                }
            } catch (IOException e) {
                // an unreadable layouts folder holds no hook blogsearch can know of
            }
        }
        return false;
    }
}
