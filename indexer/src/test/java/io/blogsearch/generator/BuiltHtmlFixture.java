package io.blogsearch.generator;

import io.blogsearch.testing.SiteFixture;
import java.nio.file.Path;

/** A small built site of our own: a post, a page, list pages and pages that point elsewhere. */
final class BuiltHtmlFixture {

    private BuiltHtmlFixture() {
    }

    /** Writes the built site into {@code root}. */
    static SiteFixture write(Path root) {
        SiteFixture site = SiteFixture.create(root).delete("config.yaml");
        site.write("posts/night-trains/index.html", """
                <!DOCTYPE html><html lang="en-GB"><head><title>Night trains | Rail Diary</title>
                <meta name="description" content="Sleeping across Europe.">
                <meta property="article:published_time" content="2024-02-10T08:00:00+01:00">
                <meta property="article:tag" content="travel"><meta property="article:tag" content="rail">
                <script type="application/ld+json">{"@type": "BlogPosting", "author": {"name": "Lena Brandt"}}</script>
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/tags/">Tags</a></nav></header>
                <main><article><h1>Night trains</h1><time datetime="2024-02-10">10 Feb</time>
                <p>The couchette rocks gently through the night.</p>
                <h2 id="booking">Booking</h2><p>Book early for a compartment.</p>
                <blockquote><p>A train is a hotel that moves.</p><p>— Jon Arvidsson</p></blockquote>
                <figure><img src="cabin.jpg" alt="Cabin"><figcaption>The cabin at dawn</figcaption></figure>
                <h2 id="arrival">Arrival</h2><p>Coffee at the terminus.</p>
                <p>Filed under <a rel="tag" href="/tags/overnight/">overnight</a></p>
                </article></main>
                <aside><p>Related posts and a long sidebar text that must not count as the post's text.</p></aside>
                <footer><p>Copyright Rail Diary</p></footer></body></html>
                """);
        site.write("about.html", """
                <html lang="en"><head><title>About</title></head><body>
                <div class="menu"><a href="/">Home</a></div>
                <div class="content"><p>Rail Diary is written on trains.</p><p>Mostly at night.</p></div>
                <div id="x" data-blogsearch-body><h2 id="who">Who writes</h2><p>One sleepy traveller.</p></div>
                </body></html>
                """);
        site.write("plain.html", """
                <html><head><title>Timetables</title></head><body>
                <header><p>Site header text</p></header>
                <div class="wrap"><div class="text"><p>Timetables change every December.</p>
                <p>Check them before every trip, twice.</p></div></div>
                <footer><p>Footer text</p></footer></body></html>
                """);
        site.write("tags/rail/index.html", """
                <html><head><title>rail</title></head><body><main><h1>rail</h1>
                <p><a href="/posts/night-trains/">Night trains</a></p></main></body></html>
                """);
        site.write("page/2/index.html", """
                <html><head><title>Page 2</title></head><body><main><p>Older posts.</p></main></body></html>
                """);
        site.write("index.html", """
                <html><head><title>Rail Diary</title></head><body><main>
                <article><h2><a href="/posts/night-trains/">Night trains</a></h2>
                <p>Sleeping across Europe.</p></article>
                <article><h2><a href="/posts/ferries/">Ferries</a></h2><p>Crossing the sea.</p></article>
                </main></body></html>
                """);
        site.write("drafts/secret.html", """
                <html><head><meta name="robots" content="noindex, nofollow"><title>Secret</title></head>
                <body><main><p>Not for search engines.</p></main></body></html>
                """);
        site.write("old-name/index.html", """
                <html><head><link rel="canonical" href="https://rail.example.org/posts/night-trains/">
                <meta http-equiv="refresh" content="0; url=/posts/night-trains/"></head>
                <body><main><p>Moved.</p></main></body></html>
                """);
        return site;
    }
}
