using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The timeline at <c>timeline/</c>: every dated event in order, drawn and listed; planned and undated events apart.</summary>
public sealed class TimelinePageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var url = EventCards.TimelineUrl(ctx.Urls);
        var common = ctx.Common("Timeline", $"Every dated event in {ctx.Site.Settings.Title}, in order.", url, "timeline");
        var model = new TimelinePage
        {
            SiteTitle = common.SiteTitle, Lang = common.Lang, Base = common.Base, Title = common.Title,
            Description = common.Description, Canonical = common.Canonical, Section = common.Section,
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home)],
            Timeline = EventTimelineBuilder.Build(ctx.Site.Events, ctx.Urls),
            EventCount = ctx.Site.Events.Length,
        };
        yield return new OutputFile("timeline/index.html", ctx.Templates.RenderPage("timeline", model));
    }
}
