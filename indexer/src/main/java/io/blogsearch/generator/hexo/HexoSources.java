package io.blogsearch.generator.hexo;

import io.blogsearch.generator.ContentFiles;
import io.blogsearch.source.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a Hexo site's source folder that Hexo renders into posts and pages, as its processors pick them:
 * <ul>
 *   <li>posts: files under {@code _posts/} and {@code _drafts/}, except those with a name or folder starting with
 *       {@code _} or {@code .} below it; with {@code post_asset_folder} only those with {@code new_post_name}'s
 *       extension (the others are assets);</li>
 *   <li>pages: every other file, except those a name or folder of which starts with {@code _} or {@code .} (unless
 *       {@code include} takes it in) and those {@code exclude} matches;</li>
 *   <li>neither: {@code ignore} matches (over the absolute path), temporary files ({@code ~}, {@code %}) and
 *       {@code skip_render} matches (copied, not rendered).</li>
 * </ul>
 * Of those, the Markdown and HTML files are read: templates Hexo renders through a plugin (EJS, Pug) hold no text
 * of their own to index.
 */
final class HexoSources {

    /** The extensions hexo-renderer-marked renders, and HTML, which Hexo renders as it is. */
    static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext", "html",
            "htm");

    private final HexoConfig config;
    private final HexoGlobs skipRender;
    private final HexoGlobs exclude;
    private final HexoGlobs include;
    private final HexoGlobs ignore;

    HexoSources(HexoConfig config) {
        this.config = config;
        this.skipRender = HexoGlobs.of(config.skipRender());
        this.exclude = HexoGlobs.of(config.exclude());
        this.include = HexoGlobs.of(config.include());
        this.ignore = HexoGlobs.of(config.ignore());
    }

    /** The site-relative paths of the files Hexo renders into posts and pages, sorted. */
    List<String> list(Path root) throws SiteException {
        Path source = root.resolve(config.sourceDir());
        if (!Files.isDirectory(source)) {
            throw new SiteException("no source folder " + source + " (source_dir in _config.yml)");
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(source)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !ignore.matches(file.toAbsolutePath().normalize().toString().replace('\\', '/')))
                    .filter(file -> rendered(source.relativize(file).toString().replace('\\', '/')))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            throw new SiteException("cannot list " + source + ": " + e.getMessage());
        }
        files.sort(null);
        return List.copyOf(files);
    }

    /** Whether Hexo renders the file at this path under the source folder into a post or page we read. */
    boolean rendered(String path) {
        String extension = ContentFiles.extension(Path.of(path.substring(path.lastIndexOf('/') + 1)));
        if (path.endsWith("~") || path.endsWith("%") || !EXTENSIONS.contains(extension)
                || skipRender.matches(path)) {
            return false;
        }
        if (path.startsWith(HexoFile.POSTS) || path.startsWith(HexoFile.DRAFTS)) {
            String inPosts = path.substring(path.indexOf('/') + 1);
            if (hidden(inPosts)) {
                return false;
            }
            String postExtension = ContentFiles.extension(Path.of(config.newPostName()));
            return !config.postAssetFolder() || postExtension.equals(extension.toLowerCase(Locale.ROOT));
        }
        return !exclude.matches(path) && (!hidden(path) || include.matches(path));
    }

    /** Hexo's hidden files: a name or folder starting with {@code _} or {@code .}. */
    private static boolean hidden(String path) {
        return path.startsWith("_") || path.startsWith(".") || path.contains("/_") || path.contains("/.");
    }
}
