package io.blogsearch.language;

/** Paragraphs written for these tests (no corpus text), long enough to count as evidence when repeated. */
public final class LanguageFixtures {

    /** A German paragraph about a garden shed, some 60 words. */
    public static final String GERMAN = "Im letzten Sommer haben wir den alten Schuppen im Garten abgerissen und "
            + "an seiner Stelle ein kleines Gewächshaus gebaut. Die Arbeit war mühsam, aber sie hat sich gelohnt, "
            + "denn jetzt wachsen dort die Tomaten schon im April. Wer so etwas selbst versuchen will, sollte mit "
            + "einem festen Fundament beginnen und die Fenster nach Süden ausrichten. Mit etwas Geduld ist das auch "
            + "für Anfänger zu schaffen, und die Kinder helfen gern beim Gießen der Pflanzen. ";

    /** An English paragraph about the same shed, some 60 words. */
    public static final String ENGLISH = "Last summer we tore down the old shed in the garden and built a small "
            + "greenhouse in its place. The work was hard, but it was worth it, because now the tomatoes grow there "
            + "as early as April. If you want to try this yourself, start with a firm foundation and turn the "
            + "windows to the south. With some patience it is a job for beginners too, and the children like to "
            + "help with watering the plants. ";

    /** A Spanish paragraph about the same shed, some 60 words. */
    public static final String SPANISH = "El verano pasado derribamos el viejo cobertizo del jardín y en su lugar "
            + "construimos un pequeño invernadero. El trabajo fue duro, pero valió la pena, porque ahora los "
            + "tomates crecen allí desde abril. Si quieres intentarlo tú mismo, empieza con una base firme y orienta "
            + "las ventanas hacia el sur. Con un poco de paciencia también es una tarea para principiantes, y a los "
            + "niños les gusta ayudar a regar las plantas. ";

    private LanguageFixtures() {
    }

    /** The paragraph {@code times} times over. */
    public static String repeated(String paragraph, int times) {
        return paragraph.repeat(times);
    }
}
