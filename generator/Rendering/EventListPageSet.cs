using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The events index at <c>events/</c>: what happened (newest first), what is planned, what has no date.</summary>
public sealed class EventListPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var events = ctx.Site.Events;
        var url = EventCards.ListUrl(ctx.Urls);
        var common = ctx.Common("Events", $"{events.Length} events in {ctx.Site.Settings.Title}: meetings, calls, talks, agreements and more.", url, "events");
        var model = new EventListPage
        {
            SiteTitle = common.SiteTitle, Lang = common.Lang, Base = common.Base, Title = common.Title,
            Description = common.Description, Canonical = common.Canonical, Section = common.Section,
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home)],
            Happened = events.Where(e => !e.Planned && e.Date is not null).Reverse().Select(e => EventCards.Of(e, ctx.Urls)).ToList(),
            Planned = events.Where(e => e.Planned).Select(e => EventCards.Of(e, ctx.Urls)).ToList(),
            Undated = events.Where(e => !e.Planned && e.Date is null).Select(e => EventCards.Of(e, ctx.Urls)).ToList(),
        };
        yield return new OutputFile("events/index.html", ctx.Templates.RenderPage("events", model));
    }
}
