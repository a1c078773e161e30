using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The list of every article, newest first.</summary>
public sealed class ArticleListPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var common = ctx.Common("Briefings", $"All {ctx.Site.Articles.Length} articles in {ctx.Site.Settings.Title}.", ctx.Urls.Articles, "articles");
        var model = new ArticleListPage
        {
            SiteTitle = common.SiteTitle, Lang = common.Lang, Base = common.Base, Title = common.Title,
            Description = common.Description, Canonical = common.Canonical, Section = common.Section,
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home)],
            Articles = ctx.Site.Articles.Select(a => ArticleCards.Of(a, ctx.Urls)).ToList(),
        };
        yield return new OutputFile("articles/index.html", Utf8.Bytes(ctx.Templates.RenderPage("articles", model)));
    }
}
