package io.blogsearch.generator.zola;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.blogsearch.generator.ContentFiles;
import io.blogsearch.generator.ContentParser;
import io.blogsearch.generator.Generator;
import io.blogsearch.generator.MarkdownPostParser;
import io.blogsearch.generator.SiteRecords;
import io.blogsearch.generator.SourceOptions;
import io.blogsearch.parse.FrontMatter;
import io.blogsearch.parse.FrontMatterException;
import io.blogsearch.parse.FrontMatterParser;
import io.blogsearch.source.Site;
import io.blogsearch.source.SiteException;
import io.blogsearch.source.SiteReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zola: {@code zola.toml} (else {@code config.toml}, its older name) with a top-level {@code base_url}, and the
 * Markdown files of {@code content/}: sections ({@code _index.md}) and pages, in every configured language, less
 * those {@code ignored_content} names. Conventions in {@link ZolaConventions}.
 */
public final class ZolaGenerator implements Generator {

    /** The name {@code --generator} takes. */
    public static final String NAME = "zola";
    /** Zola reads the first that exists. */
    private static final List<String> CONFIGS = List.of("zola.toml", "config.toml");
    private static final String CONTENT = "content";

    @Override
    public String name() {
        return NAME;
    }

    /** A config with {@code base_url} (Hugo's {@code config.toml} says {@code baseURL}) and a content folder. */
    @Override
    public boolean recognises(Path root, SourceOptions options) {
        Path file = config(root);
        if (file == null || !Files.isDirectory(root.resolve(CONTENT))) {
            return false;
        }
        try {
            return ZolaConfig.isZola(SiteReader.parseFile(file));
        } catch (IOException e) {
            return false; // not TOML this reader takes: not recognised, the next generator may take the site
        }
    }

    @Override
    public Site read(Path root, SourceOptions options) throws SiteException {
        Path file = config(root);
        if (file == null) {
            throw new SiteException("no zola.toml or config.toml in " + root);
        }
        if (!(SiteReader.parseConfig(file) instanceof ObjectNode tree) || !ZolaConfig.isZola(tree)) {
            throw new SiteException(file + " has no base_url: not a Zola config");
        }
        ZolaConfig bare = ZolaConfig.of(tree);
        IgnoredContent ignored = IgnoredContent.of(ZolaConfig.ignoredContent(tree));
        List<String> files = ContentFiles.under(root, root.resolve(CONTENT), Set.of("md"), path ->
                ZolaFile.isRead(path.substring(path.lastIndexOf('/') + 1), bare)
                        && !ignored.ignores(root.resolve(path)));
        tree.put("generator", NAME);
        tree.put("defaultContentLanguage", bare.defaultLanguage());
        // in the config tree, so that a section turned draft (or back) re-parses the cached pages under it
        ArrayNode drafted = tree.putArray(ZolaConfig.DRAFT_SECTIONS);
        draftSections(root, files).forEach(drafted::add);
        Map<String, String> taxonomies = new LinkedHashMap<>();
        ZolaConfig.taxonomyNames(tree).forEach(name -> taxonomies.put(name, name));
        return SiteRecords.of(root, bare.baseUrl(), bare.title(), taxonomies, bare.author(), tree, Map.of(), files);
    }

    @Override
    public ContentParser parser(Site site, boolean drafts, Instant now) {
        return new ZolaContentParser(new MarkdownPostParser(site,
                new ZolaConventions(ZolaConfig.of(site.config()), site.baseUrl()), drafts, now));
    }

    private static Path config(Path root) {
        return CONFIGS.stream().map(root::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** The folders (site-relative, ending in {@code /}) of the sections whose {@code _index} file is a draft. */
    private static List<String> draftSections(Path root, List<String> files) {
        return files.stream().filter(path -> path.substring(path.lastIndexOf('/') + 1).startsWith("_index."))
                .filter(path -> isDraft(root.resolve(path)))
                .map(path -> path.substring(0, path.lastIndexOf('/') + 1)).distinct().toList();
    }

    /** A section's draft flag; an unreadable one is reported when its page is parsed. */
    private static boolean isDraft(Path file) {
        try {
            byte[] bytes = FrontMatterStart.atTop(Files.readAllBytes(file));
            FrontMatter frontMatter = FrontMatterParser.parse(new String(bytes, StandardCharsets.UTF_8));
            return frontMatter.flag("draft");
        } catch (IOException | FrontMatterException e) {
            return false;
        }
    }
}
