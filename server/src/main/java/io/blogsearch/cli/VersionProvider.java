package io.blogsearch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version {@code blogsearch --version} prints: the Maven project version, written into the build. */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** The project version, or {@code unknown} when the build left no version file (a bare classes folder). */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"blogsearch " + version(), "Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vendor") + ")"};
    }
}
