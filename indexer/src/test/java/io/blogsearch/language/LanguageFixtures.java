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

    /** Chinese running text (simplified), about a garden shed turned greenhouse, as the others. */
    public static final String CHINESE = "去年夏天我们拆掉了花园里的旧棚子，在原来的地方建了一个小温室。"
            + "整个工程比我们想象的要长得多，因为地基需要重新浇筑，而且木材也晚到了三个星期。"
            + "现在温室里种着番茄、辣椒和几盆香草，冬天的时候我们还会在里面放一张小桌子喝茶。";

    /** Japanese running text, the same story. */
    public static final String JAPANESE = "去年の夏、庭の古い物置を取り壊して、その場所に小さな温室を建てました。"
            + "基礎を打ち直す必要があり、木材も三週間遅れて届いたので、工事は思っていたよりずっと長くかかりました。"
            + "今では温室でトマトやピーマン、いくつかのハーブを育てていて、冬には小さなテーブルを置いてお茶を飲みます。";

    /** Korean running text, the same story. */
    public static final String KOREAN = "작년 여름에 우리는 정원의 낡은 창고를 허물고 그 자리에 작은 온실을 지었습니다. "
            + "기초를 다시 부어야 했고 목재도 삼 주나 늦게 도착해서 공사는 생각보다 훨씬 오래 걸렸습니다. "
            + "지금은 온실에서 토마토와 고추, 허브 몇 가지를 키우고 겨울에는 작은 탁자를 두고 차를 마십니다. ";
}
