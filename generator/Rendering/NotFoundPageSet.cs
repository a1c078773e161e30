using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// <c>404.html</c>. GitHub Pages serves it at whatever URL was missed, so every link in it is root-relative
/// from the base path (which all our URLs are), never relative to the page.
/// </summary>
public sealed class NotFoundPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var c = ctx.Common("Page not found", "The page you asked for is not here.", ctx.Urls.Path("404.html"), "none");
        var model = new NotFoundPage
        {
            SiteTitle = c.SiteTitle, Lang = c.Lang, Base = c.Base, Title = c.Title,
            Description = c.Description, Canonical = c.Canonical, Section = c.Section,
        };
        yield return new OutputFile("404.html", ctx.Templates.RenderPage("404", model));
    }
}
