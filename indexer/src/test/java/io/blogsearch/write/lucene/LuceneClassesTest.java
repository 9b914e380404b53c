package io.blogsearch.write.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression test for the class-initialisation deadlock of issue 16: Lucene's writer classes must be initialised on
 * the thread that starts the writer's thread, before it starts. Each run loads Lucene afresh in a class loader of its
 * own (class initialisation happens once per loader) and records which thread first needed {@code TestSecrets}, the
 * class at the centre of the lock cycle.
 */
class LuceneClassesTest {

    private static final String TEST_SECRETS = "org.apache.lucene.internal.tests.TestSecrets";

    @TempDir
    Path dir;

    @Test
    void writerOpeningInitialisesLuceneOnTheStartingThreadBeforeTheWriterThreadRuns() throws Exception {
        Map<String, String> loadedBy = new ConcurrentHashMap<>();
        try (IsolatedLoader loader = new IsolatedLoader(classPath(), loadedBy)) {
            Class<?> probe = Class.forName(WriterOpeningProbe.class.getName(), true, loader);
            probe.getMethod("run", Path.class).invoke(null, dir);
        }
        assertThat(loadedBy).containsKey(TEST_SECRETS);
        assertThat(loadedBy.get(TEST_SECRETS)).isEqualTo(Thread.currentThread().getName());
    }

    private static URL[] classPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    /** Loads Lucene and blogsearch classes itself (child first) and notes the thread that loads each. */
    private static final class IsolatedLoader extends URLClassLoader {

        private final Map<String, String> loadedBy;

        IsolatedLoader(URL[] urls, Map<String, String> loadedBy) {
            super(urls, LuceneClassesTest.class.getClassLoader());
            this.loadedBy = loadedBy;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.apache.lucene.") && !name.startsWith("io.blogsearch.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loadedBy.putIfAbsent(name, Thread.currentThread().getName());
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
