using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// The list of every article, newest first, at <c>articles/</c>. A site of more than <see cref="ArticleListPages.PerPage"/>
/// articles lists the latest there and all of them on numbered pages (<see cref="ArticleListPages"/>).
/// </summary>
public sealed class ArticleListPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var articles = ctx.Site.Articles;
        var pages = ArticleListPages.Links(ctx.Urls, articles);
        var shown = pages.Count == 0 ? articles.Length : ArticleListPages.Shown;
        var count = articles.Length.ToString("N0", CultureInfo.InvariantCulture);
        var heading = pages.Count == 0 ? "Newest first" : $"The latest {shown} of {count}, newest first";
        yield return ctx.Page("articles/index.html",
            Key("articles", ctx, heading, articles.Take(shown), pages),
            () => ctx.Templates.RenderPage("articles", Model(ctx, "Briefings", $"All {count} articles in {ctx.Site.Settings.Title}.", ctx.Urls.Articles, heading, articles.Take(shown)) with { Pages = pages }));
        for (var page = 1; page <= pages.Count; page++)
        {
            var (from, to) = ArticleListPages.Range(articles.Length, page);
            var link = pages[page - 1];
            var onPage = articles.Skip(from).Take(to - from);
            var title = $"Briefings {link.Label}";
            // Neither the site's count nor the other pages are shown: a new article would rewrite every page.
            var pageHeading = link.Dates is { } d ? $"Articles {link.Label}, {d}, newest first" : $"Articles {link.Label}, newest first";
            var older = page > 1 ? pages[page - 2].Url : null;
            var newer = page < pages.Count ? pages[page].Url : null;
            yield return ctx.Page(ArticleListPages.Path(page),
                Key("archive", ctx, pageHeading, onPage, [link], older ?? "", newer ?? ""),
                () => ctx.Templates.RenderPage("articles", Model(ctx, title, $"The articles {link.Label} of {ctx.Site.Settings.Title}.", link.Url, pageHeading, onPage)
                    with { Older = older, Newer = newer, ListUrl = ctx.Urls.Articles }));
        }
    }

    private static ArticleListPage Model(RenderContext ctx, string title, string description, string url, string heading, IEnumerable<Article> articles)
    {
        var common = ctx.Common(title, description, url, "articles");
        return new ArticleListPage
        {
            SiteTitle = common.SiteTitle, Lang = common.Lang, Base = common.Base, Title = common.Title,
            Description = common.Description, Canonical = common.Canonical, Section = common.Section,
            Breadcrumbs = url == ctx.Urls.Articles ? [new Crumb("Home", ctx.Urls.Home)] : [new Crumb("Home", ctx.Urls.Home), new Crumb("Briefings", ctx.Urls.Articles)],
            Heading = heading,
            Articles = articles.Select(a => ArticleCards.Of(a, ctx.Urls)).ToList(),
        };
    }

    /// <summary>
    /// Everything a list page is made from: deciding that it is unchanged costs a hash of its articles' keys. The heading
    /// holds the site's count where the page shows it (the description of a one-page list counts the articles it lists).
    /// </summary>
    private static string Key(string kind, RenderContext ctx, string heading, IEnumerable<Article> articles, IEnumerable<MentionPageLink> pages, params string[] more) =>
        ArticleKeys.Hash([kind, ctx.Keys.Site, heading, .. more, "pages", .. pages.Select(p => p.Label + "\n" + p.Dates + "\n" + p.Url),
            "articles", .. articles.Select(ctx.Keys.Of)]);
}
