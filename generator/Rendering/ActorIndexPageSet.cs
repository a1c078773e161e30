using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The actors index at <c>actors/</c>: people, organizations and countries, each group most named first.</summary>
public sealed class ActorIndexPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var actors = ctx.Site.Actors;
        var groups = new[] { (ActorKind.Person, "People"), (ActorKind.Organization, "Organizations"), (ActorKind.Country, "Countries") }
            .Select(g => new ActorGroup(g.Item2, ActorUrls.KindName(g.Item1), actors.Where(a => a.Kind == g.Item1)
                .OrderByDescending(a => a.MentionCount).ThenByDescending(a => a.Articles.Length).ThenBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new ActorChip(a.Name, ctx.Urls.Actor(a.Slug), ActorUrls.KindName(a.Kind), a.Articles.Length)).ToList()))
            .Where(g => g.Actors.Count > 0)
            .ToList();
        var common = ctx.Common("Actors", $"The {actors.Length} people, organizations and countries named in {ctx.Site.Settings.Title}.", ctx.Urls.Actors(), "actors");
        var model = new ActorsPage
        {
            SiteTitle = common.SiteTitle, Lang = common.Lang, Base = common.Base, Title = common.Title,
            Description = common.Description, Canonical = common.Canonical, Section = common.Section,
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home)],
            Groups = groups,
            ActorCount = actors.Length,
        };
        yield return new OutputFile("actors/index.html", ctx.Templates.RenderPage("actors", model));
    }
}
