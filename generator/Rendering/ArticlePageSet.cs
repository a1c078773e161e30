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
        // The body is made from the Markdown and the links laid over it, so the article's key (see ArticleKeys) and the links
        // stand for it in the fingerprint. The model is made when it is needed, not kept: holding every page's model until
        // writing would hold the whole site twice.
        // The structured data is made from the article, the site settings and the actors of the panel, all in the fingerprint,
        // so it is made only for a page that is rendered.
        yield return ctx.Page($"articles/{a.Slug}/index.html", () => Model(ctx, i), m => PageFingerprint.Of(m.Model, ctx.Keys.Of(a), ctx.Keys.Site, m.Links),
            m => ctx.Templates.RenderPage("article", m.Model with
            {
                Body = ctx.Markdown.Render(a.Markdown, m.Links),
                JsonLd = Sharing.StructuredData.NewsArticle(ctx, a),
            }));
        // The derived Markdown is made from the article alone.
        yield return ctx.Page($"articles/{a.Slug}/index.md", ArticleKeys.Hash("index.md", ctx.Keys.Of(a)), () => MarkdownWithFrontMatter(a));
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
