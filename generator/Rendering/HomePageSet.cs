using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The home page: the latest articles with date, source and summary.</summary>
public sealed class HomePageSet : IPageSet
{
    public const int LatestCount = 20;

    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var site = ctx.Site;
        var model = new HomePage
        {
            SiteTitle = site.Settings.Title,
            Lang = site.Settings.Language,
            Base = ctx.Urls.Base,
            Title = site.Settings.Title,
            Description = site.Settings.Description,
            Canonical = ctx.Urls.Absolute(ctx.Urls.Home),
            Section = "home",
            JsonLd = Sharing.StructuredData.WebSite(ctx),
            Latest = site.Articles.Take(LatestCount).Select(a => ArticleCards.Of(a, ctx.Urls)).ToList(),
            ArticleCount = site.Articles.Length,
            WhatsNew = WhatsNewSection.Of(ctx),
        };
        yield return new OutputFile("index.html", ctx.Templates.RenderPage("home", model));
    }
}
