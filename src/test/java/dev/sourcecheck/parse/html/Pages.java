package dev.sourcecheck.parse.html;

import dev.sourcecheck.TestRules;
import dev.sourcecheck.parse.InputException;
import java.nio.charset.StandardCharsets;

/** Helpers for page tests: the project's page lexicons and a reader over strings. */
final class Pages {
  private Pages() {}

  static final PageLexicons LEXICONS = PageLexicons.of(TestRules.ruleBase().rules().lexicons());

  static Page read(String html) throws InputException {
    return HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), LEXICONS);
  }

  /** A news page: JSON-LD, meta tags, navigation, the article with its furniture, related links and a footer. */
  static final String NEWS = """
      <!DOCTYPE html>
      <html><head><meta charset="utf-8">
      <title>Council approves budget after long debate | The Courier</title>
      <meta property="og:site_name" content="The Courier">
      <meta property="og:title" content="Council approves budget after long debate - The Courier">
      <meta property="article:published_time" content="2024-03-12T18:30:00+01:00">
      <meta name="author" content="Jane Doe">
      <link rel="canonical" href="https://courier.example/news/budget">
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "The Courier"},
       {"@type": ["NewsArticle"], "headline": "Council approves budget after long debate",
        "datePublished": "2024-03-12T18:30:00+01:00",
        "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
        "publisher": {"@type": "Organization", "name": "The Courier"}}]}
      </script>
      </head><body>
      <header><nav class="main-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
      <main><article>
      <h1>Council approves budget after long debate</h1>
      <div class="byline">By Jane Doe and John Roe</div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <p>The city council approved the budget on Monday after a debate that lasted more than six hours, with nine votes for and two against.</p>
      <p>The mayor said the vote showed that the council could agree on spending, and that the new plan would protect the libraries.</p>
      <h2>What changes</h2>
      <p>Bus fares rise by five per cent from April, while the council tax stays the same for a second year, the budget papers show.</p>
      <blockquote><p>We listened to residents and we kept the libraries open.</p></blockquote>
      <ul><li>Libraries stay open on Sundays</li><li>Two new bus routes in the east of the city</li></ul>
      <figure><img src="vote.jpg"><figcaption>Councillors voting on Monday. Photo: Jane Doe</figcaption></figure>
      <div class="ad-slot">Advertisement</div>
      <p>The opposition said it would review the plan next year, and called the bus fare rise unfair to the poorest residents.</p>
      </article>
      <aside class="related"><h3>Related</h3><a href="/a">Mayor opens new library</a> <a href="/b">Bus routes to change</a></aside>
      </main>
      <footer><p>© 2024 The Courier. All rights reserved.</p></footer>
      </body></html>
      """;
}
