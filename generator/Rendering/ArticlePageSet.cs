using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Rendering;

/// <summary>One page per article at <c>articles/&lt;slug&gt;/</c>, and next to it the derived Markdown with front matter (<c>index.md</c>).</summary>
public sealed class ArticlePageSet : IPageSet
{
    private static readonly JsonSerializerOptions YamlString = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var articles = ctx.Site.Articles;
        return Enumerable.Range(0, articles.Length).AsParallel().AsOrdered()
            .SelectMany(i => RenderOne(ctx, i))
            .ToList();
    }

    private static IEnumerable<OutputFile> RenderOne(RenderContext ctx, int i)
    {
        var a = ctx.Site.Articles[i];
        // The page is fingerprinted by its inputs (see Inputs), not by its model: deciding that a page is unchanged then costs a
        // few hashes instead of making the model. The model is made only when the page is rendered, and not kept: holding every
        // page's model until writing would hold the whole site twice.
        yield return ctx.Page($"articles/{a.Slug}/index.html", Inputs(ctx, i), () =>
        {
            var (model, links) = Model(ctx, i);
            return ctx.Templates.RenderPage("article", model with
            {
                Body = ctx.Markdown.Render(a.Markdown, links),
                JsonLd = Sharing.StructuredData.NewsArticle(ctx, a),
            });
        });
        // The derived Markdown is made from the article alone.
        yield return ctx.Page($"articles/{a.Slug}/index.md", ArticleKeys.Hash("index.md", ctx.Keys.Of(a)), () => MarkdownWithFrontMatter(a));
    }

    /// <summary>
    /// Everything an article page is made from, as keys: the article and its facts, the site settings, the neighbours of the
    /// previous/next links, and of each actor and event the article names what the page shows of it (see <see cref="Model"/>,
    /// <see cref="ActorArticleLinks"/>, <see cref="EventArticleLinks"/> and StructuredData.NewsArticle: reading something new
    /// there means adding it here, or a page kept from the last build would show old data).
    /// </summary>
    internal static string Inputs(RenderContext ctx, int i)
    {
        var articles = ctx.Site.Articles;
        var a = articles[i];
        var facts = ctx.Site.Facts[a.Slug];
        var keys = DistinctKeys(facts);
        // Made at its size: growing it by doubling was most of what deciding that a large site's article pages are unchanged allocated.
        var parts = new List<string?>(16 + 4 * keys.Count)
        {
            "article-page", ctx.Keys.Of(a), ctx.Keys.FactsOf(a), ctx.Keys.Site,
            i + 1 < articles.Length ? ctx.Keys.Of(articles[i + 1]) : null,
            i > 0 ? ctx.Keys.Of(articles[i - 1]) : null,
            "actors",
        };
        var index = ctx.Site.ActorIndex;
        foreach (var key in keys)
        {
            parts.Add(key);
            // Null, or the actor's slug, name and kind: the slug is never null, so no two lists read alike.
            if ((index.SlugFor(a.Slug, key) is { } slug ? index.Find(slug) : null) is not { } actor) parts.Add(null);
            else
            {
                // Added one by one: AddRange of a params span was a quarter of what deciding that a large site's article pages are unchanged cost.
                parts.Add(actor.Slug);
                parts.Add(actor.Name);
                parts.Add(ActorUrls.KindName(actor.Kind));
            }
        }
        parts.Add("events");
        foreach (var e in ctx.Lookup.EventsOf(a.Slug))
        {
            parts.Add(e.Slug + "\n" + e.Title + "\n" + e.Date?.ToString() + "\n" + EventCards.StatusLabel(e));
            foreach (var c in e.Coverage)
                if (c.ArticleSlug == a.Slug)
                    foreach (var s in c.Spans)
                        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{s.Paragraph}:{s.Start}:{s.Length}"));
        }
        return ArticleKeys.Hash(parts);
    }

    /// <summary>
    /// The keys of the article's mentions and quote speakers, each once, in ordinal order. Sorted in an array, not gathered in a
    /// sorted set: the set's tree was about half of what deciding that a large site's article pages are unchanged cost.
    /// </summary>
    internal static ArraySegment<string> DistinctKeys(ArticleFacts facts)
    {
        var all = new string[facts.Mentions.Length + facts.Quotes.Length];
        var n = 0;
        foreach (var m in facts.Mentions) all[n++] = m.Key;
        foreach (var q in facts.Quotes)
            if (q.SpeakerKey is { } k) all[n++] = k;
        return new ArraySegment<string>(all, 0, OrdinalText.SortDistinct(all, n));
    }

    private static (ArticlePage Model, List<InlineLink> Links) Model(RenderContext ctx, int i)
    {
        var articles = ctx.Site.Articles;
        var a = articles[i];
        var url = ctx.Urls.Article(a.Slug);
        var facts = ctx.Site.Facts[a.Slug];
        // Text links from each kind of fact; the renderer draws only the first placeable link per actor or event.
        var links = ActorArticleLinks.Links(ctx, a, facts).Concat(EventArticleLinks.Links(ctx, a, facts)).ToList();
        var model = new ArticlePage
        {
            SiteTitle = ctx.Site.Settings.Title, Lang = ctx.Site.Settings.Language, Base = ctx.Urls.Base,
            Title = a.Title, Description = a.Summary ?? a.Title, Canonical = ctx.Urls.Absolute(url), Section = "articles",
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home), new Crumb("Briefings", ctx.Urls.Articles)],
            JsonLd = null,  // made below, only when the page is rendered
            OgType = "article", Published = a.Date?.ToString(),
            Heading = a.Title,
            TitleDerived = a.TitleDerived,
            Date = a.Date?.ToDisplay(),
            DateIso = a.Date?.ToString(),
            Source = a.SourceLabel,
            SourceUrl = a.Url is { } u && UrlSafety.IsSafeHttpUrl(u) ? u : null,
            Author = a.Author,
            Place = a.Place,
            // A summary taken from the lead would only repeat the first paragraph.
            Summary = a.Summary is { } sum && !a.Markdown.StartsWith(MarkdownText.Escape(sum), StringComparison.Ordinal) ? sum : null,
            ReadingMinutes = a.ReadingMinutes,
            Body = "",  // rendered below, only when the page is not kept from the last build
            Actors = ActorArticleLinks.Panel(ctx, a, facts),
            Events = EventArticleLinks.Panel(ctx, a, facts),
            Quotes = ActorArticleLinks.Quotes(ctx, a, facts),
            MarkdownUrl = url + "index.md",
            // Articles are newest first: "previous" is the older neighbour, "next" the newer one.
            Previous = i + 1 < articles.Length ? ArticleCards.Of(articles[i + 1], ctx.Urls) : null,
            Next = i > 0 ? ArticleCards.Of(articles[i - 1], ctx.Urls) : null,
        };
        return (model, links);
    }

    /// <summary>The article as derived: front matter of what was found, then the Markdown body.</summary>
    public static string MarkdownWithFrontMatter(Article a)
    {
        var sb = new StringBuilder("---\n");
        void Field(string key, string? value)
        {
            if (value is not null) sb.Append(key).Append(": ").Append(JsonSerializer.Serialize(value, YamlString)).Append('\n');
        }
        Field("title", a.Title);
        if (a.TitleDerived) sb.Append("titleDerived: true\n");
        if (a.Date is { } d) sb.Append("date: ").Append(d.ToString()).Append('\n');
        Field("source", a.Source);
        Field("agency", a.Agency);
        Field("place", a.Place);
        Field("author", a.Author);
        Field("url", a.Url);
        Field("summary", a.Summary);
        Field("slug", a.Slug);
        sb.Append("---\n\n").Append(a.Markdown);
        if (!a.Markdown.EndsWith('\n')) sb.Append('\n');
        return sb.ToString();
    }
}
