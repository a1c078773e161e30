namespace BriefingSite.Tests.Support;

/// <summary>Web pages as a browser saves them: the article buried in navigation, ads, share bars, related links and scripts.</summary>
public static class SavedPages
{
    public const string Harbour = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Harbour talks resume in Valdora | The Coastal Ledger</title>
          <meta property="og:title" content="Harbour talks resume in Valdora after two-week pause">
          <meta property="og:site_name" content="The Coastal Ledger">
          <meta property="article:published_time" content="2031-04-09T07:30:00+02:00">
          <meta name="author" content="Mireille Okafor">
          <link rel="canonical" href="https://ledger.example/world/harbour-talks-resume">
          <style>.ad-slot { height: 250px }</style>
          <script>window.dataLayer = []; function track() { return "Tracking text that must not appear"; }</script>
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"JSON-LD headline loses to og:title","datePublished":"2031-04-09","publisher":{"@type":"Organization","name":"Ledger Media"}}</script>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
          <header class="site-header">
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <main>
            <article>
              <header><h1>Harbour talks resume in Valdora after two-week pause</h1>
                <p class="byline">By <a rel="author" href="/people/okafor">Mireille Okafor</a></p>
                <time datetime="2031-04-09T07:30:00+02:00">9 April 2031</time></header>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
              <p>Negotiators from the port authority and the dockworkers' union met again on Wednesday in Valdora, ending a two-week pause that had left cargo ships waiting offshore.</p>
              <figure><img src="ships.jpg" alt="Ships at anchor"><figcaption>Container ships wait outside the harbour. Photo: Ledger staff</figcaption></figure>
              <div class="ad-slot">Advertisement <a href="https://ads.example/buy">Buy cheap flights now</a></div>
              <p>The union's chief negotiator, Tomas Brandt, said the talks had been "frank and useful" and that a deal on night shifts was within reach.</p>
              <h2>What is at stake</h2>
              <p>About four thousand jobs depend on the harbour, which handles most of the region's grain exports, according to figures published by the port authority last year.</p>
              <aside class="related-links"><h3>Related stories</h3><ul><li><a href="/a">Strike enters second week</a></li><li><a href="/b">Grain prices climb</a></li></ul></aside>
              <p>Both sides agreed to meet again on Friday.</p>
              <form class="newsletter"><label>Get the morning briefing</label><input type="email"><button>Sign up</button></form>
            </article>
          </main>
          <section class="most-read"><h2>Most read</h2><ol><li><a href="/c">Storm warning for the coast</a></li></ol></section>
          <footer class="site-footer"><p>© 2031 The Coastal Ledger. All rights reserved.</p></footer>
          <script src="/analytics.js"></script>
        </body>
        </html>
        """;
}
