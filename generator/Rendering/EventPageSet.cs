using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>One page per event at <c>events/&lt;slug&gt;/</c>: date at its true precision, place, status, participants, and what each covering article says.</summary>
public sealed class EventPageSet : IPageSet
{
    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var articles = ctx.Site.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var actors = ctx.Site.Actors.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        // The model is made when it is needed, not kept: keeping every event's model until writing costs a large site too much memory.
        return ctx.Site.Events.AsParallel().AsOrdered()
            .Select(e => ctx.Page($"events/{e.Slug}/index.html", Inputs(ctx, e, articles, actors),
                () => ctx.Templates.RenderPage("event", Model(ctx, e, articles, actors) with { JsonLd = Sharing.StructuredData.Event(ctx, e) })))
            .ToList();
    }

    /// <summary>
    /// Everything an event page is made from, as keys: deciding that a page is unchanged costs a few hashes, not its model.
    /// Reading something new in Model or StructuredData.Event means adding it here, or a kept page would show old data.
    /// </summary>
    private static string Inputs(RenderContext ctx, Event e, Dictionary<string, Article> articles, Dictionary<string, Actor> actors) =>
        ArticleKeys.Hash([
            "event-page", ctx.Keys.Site, EventCards.Key(e), e.Description, e.Date?.Precision.ToString(), "aliases", .. e.Aliases,
            "participants", .. e.Actors.Select(a => actors.TryGetValue(a, out var actor) ? a + "\n" + actor.Name : null),
            "coverage", .. e.Coverage.Select(c => articles.TryGetValue(c.ArticleSlug, out var a)
                ? ctx.Keys.Of(a) + "\n" + ctx.Keys.FactsOf(a) + "\n" + (c.Planned ? "planned" : "happened") + "\n" + string.Join(" ", c.SentenceIds)
                : null),
            StructuredDataInputs(ctx, e)]);

    private static EventPage Model(RenderContext ctx, Event e, Dictionary<string, Article> articles, Dictionary<string, Actor> actors)
    {
        var url = EventCards.Url(ctx.Urls, e.Slug);
        var reports = e.Coverage.Where(c => articles.ContainsKey(c.ArticleSlug)).Select(c => Report(ctx, articles[c.ArticleSlug], c)).ToList();
        var common = ctx.Common(e.Title, Describe(e), url, "events");
        return new EventPage
        {
            SiteTitle = common.SiteTitle, Lang = common.Lang, Base = common.Base, Title = common.Title,
            Description = common.Description, Canonical = common.Canonical, Section = common.Section,
            JsonLd = null, FeedUrl = ctx.Urls.EventFeed(e.Slug),
            Breadcrumbs = [new Crumb("Home", ctx.Urls.Home), new Crumb("Events", EventCards.ListUrl(ctx.Urls))],
            Heading = e.Title,
            Date = e.Date?.ToDisplay(),
            DateIso = e.Date?.ToString(),
            Precision = e.Precision?.ToString().ToLowerInvariant() ?? "none",
            Place = e.Place,
            Status = EventCards.StatusLabel(e),
            Kind = e.Kind == Linking.EventClustering.Generic ? null : e.Kind,
            Notes = e.Description,
            Aliases = e.Aliases,
            Participants = e.Actors.Where(actors.ContainsKey).Select(a => new EventLink(actors[a].Name, EventCards.ActorUrl(ctx.Urls, a))).ToList(),
            Reports = reports,
            FirstReport = reports.FirstOrDefault(),
            LatestReport = reports.Count > 1 ? reports[^1] : null,
            TimelineUrl = EventCards.TimelineUrl(ctx.Urls),
        };
    }

    /// <summary>
    /// What the event's structured data is made from besides the model: the settings, the event, its attendees and the
    /// articles it lists. The structured data itself is made only when the page is rendered.
    /// </summary>
    private static string StructuredDataInputs(RenderContext ctx, Event e) =>
        ArticleKeys.Hash(["event", ctx.Keys.Site, e.Slug, e.Title, e.Date?.ToString(), e.Place,
            .. e.Actors.Select(ctx.Site.ActorIndex.Find).OfType<Actor>().Select(a => a.Slug + "\n" + a.Name + "\n" + ActorUrls.KindName(a.Kind)), "articles",
            .. ctx.Lookup.InSiteOrder(e.Articles).Take(Sharing.StructuredData.ListLimit).Select(ctx.Keys.Of)]);

    private static string Describe(Event e)
    {
        var when = e.Date is { } d ? (e.Planned ? " planned for " : " on ") + d.ToDisplay() : e.Planned ? " (planned)" : "";
        var where = e.Place is { } p ? ", " + p : "";
        return $"{e.Title}{when}{where}. Reported in {e.Articles.Length} article{(e.Articles.Length == 1 ? "" : "s")}.";
    }

    private static EventReport Report(RenderContext ctx, Article a, EventCoverage c)
    {
        var facts = ctx.Site.Facts.TryGetValue(a.Slug, out var f) ? f : null;
        var articleUrl = ctx.Urls.Article(a.Slug);
        var sentences = c.SentenceIds.Select(id => new ReportSentence(SentenceText(facts, id), articleUrl + "#" + id)).Where(s => s.Text.Length > 0).ToList();
        return new EventReport(a.Title, articleUrl, a.Date?.ToDisplay(), a.Date?.ToString(), c.Planned ? "previews it" : "reports it", sentences);
    }

    private static string SentenceText(ArticleFacts? facts, string id)
    {
        if (facts is null) return "";
        foreach (var p in facts.Paragraphs)
            foreach (var s in p.Sentences)
                if (s.Id == id) return s.Text;
        return "";
    }
}
