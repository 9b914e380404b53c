package io.blogsearch.generator.docusaurus;

/**
 * One instance of the blog plugin: the classic preset's {@code blog} (id {@code default}) or a
 * {@code @docusaurus/plugin-content-blog} entry of {@code plugins} (a second blog needs its own {@code id}).
 *
 * @param id            the plugin id, {@code default} unless the options set one
 * @param path          the source folder, without slashes at either end
 * @param routeBasePath the URL path, without slashes at either end
 * @param authorsMap    the authors file ({@code authorsMapPath}), relative to the blog folder
 * @param tagsFile      the predefined tags file (option {@code tags}), relative to the blog folder
 */
public record BlogInstance(String id, String path, String routeBasePath, String authorsMap, String tagsFile) {

    /** The id of the instance that sets no {@code id}. */
    public static final String DEFAULT_ID = "default";

    /** An instance with the plugin's default data files, {@code authors.yml} and {@code tags.yml}. */
    public BlogInstance(String id, String path, String routeBasePath) {
        this(id, path, routeBasePath, "authors.yml", "tags.yml");
    }

    /** The folder of a locale's translations of this blog: {@code i18n/fr/docusaurus-plugin-content-blog[-id]}. */
    public String translationFolder(String locale) {
        return "i18n/" + locale + "/docusaurus-plugin-content-blog" + (DEFAULT_ID.equals(id) ? "" : "-" + id);
    }
}
