using BriefingSite.Model;

namespace BriefingSite.Rendering.Search;

/// <summary>
/// <c>search/</c>: a form that works as a plain link target without JavaScript (it then explains itself), enhanced by
/// <c>assets/search.js</c>, which fetches <c>search/index.json</c> only when the reader starts to search.
/// </summary>
public sealed class SearchPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        // A theme without a search page has no search: its header then shows no Search link either.
        if (!ctx.Templates.HasPage("search")) yield break;
        var c = ctx.Common("Search", $"Search the articles, actors and events of {ctx.Site.Settings.Title}.", ctx.Urls.Search, "search");
        var model = new SearchPage
        {
            SiteTitle = c.SiteTitle, Lang = c.Lang, Base = c.Base, Title = c.Title,
            Description = c.Description, Canonical = c.Canonical, Section = c.Section,
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home)],
            IndexUrl = ctx.Urls.Path("search/index.json"),
            ScriptUrl = ctx.Urls.Asset("search.js"),
            HasActors = !ctx.Site.Actors.IsEmpty,
            HasEvents = !ctx.Site.Events.IsEmpty,
        };
        yield return new OutputFile("search/index.html", ctx.Templates.RenderPage("search", model));
        yield return new OutputFile("search/index.json", SearchIndex.Build(ctx.Site));
    }
}
