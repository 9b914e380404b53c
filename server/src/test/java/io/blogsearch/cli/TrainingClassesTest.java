package io.blogsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TrainingClassesTest {

    /** Set by {@link Listed}'s static initialiser, which loading the class for an archive must not run. */
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    /** A class named in a list. */
    static final class Listed {
        static {
            INITIALISED.set(true);
        }
    }

    @Test
    void loadsTheListedClassesWithoutInitialisingThem() {
        int loaded = TrainingClasses.load(List.of(
                "io/blogsearch/cli/TrainingClassesTest$Listed",
                "java/lang/String",
                "@lambda-proxy io/blogsearch/cli/TrainingClassesTest run ()Ljava/lang/Runnable;",
                "",
                "io/blogsearch/cli/NoSuchClass",
                "java/util/ArrayList id: 3"));

        assertThat(loaded).as("Listed, String and ArrayList (named with a loader id); no lambda, no missing class")
                .isEqualTo(3);
        assertThat(INITIALISED).as("no static initialiser ran").isFalse();
    }

    @Test
    void withoutAListNothingIsLoaded() {
        System.clearProperty(TrainingClasses.PROPERTY);
        assertThat(TrainingClasses.loadListed()).isZero();
    }
}
