using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using BriefingSite.Model;

namespace BriefingSite.Rendering.Sharing;

/// <summary>
/// schema.org JSON-LD for a page's <c>&lt;script type="application/ld+json"&gt;</c>: NewsArticle for articles,
/// Person/Organization/Country for actors, Event for events, WebSite for the home page. The output is safe to
/// put inside a script element: '&lt;', '&gt;' and '&amp;' are written as \u003C-style escapes, so no content
/// can close the element.
/// Article, actor and event pages make it only when they are rendered, and fingerprint its inputs instead (the
/// StructuredDataInputs of ActorPageSet and EventPageSet; an article's key and actor panel): reading something new here
/// means adding it there, or a page kept from the last build would keep old structured data.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Keeps letters readable but still escapes the HTML-sensitive characters < > & ' " + `.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string WebSite(RenderContext ctx)
    {
        var s = ctx.Site.Settings;
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = s.Title,
            ["description"] = s.Description,
            ["url"] = ctx.Urls.Absolute(ctx.Urls.Home),
            ["inLanguage"] = s.Language,
        };
        if (ctx.Templates.HasPage("search"))
            o["potentialAction"] = new JsonObject
            {
                ["@type"] = "SearchAction",
                ["target"] = ctx.Urls.Absolute(ctx.Urls.Search) + "?q={query}",
                ["query-input"] = "required name=query",
            };
        return Write(o);
    }

    public static string NewsArticle(RenderContext ctx, Article a)
    {
        var url = ctx.Urls.Absolute(ctx.Urls.Article(a.Slug));
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = a.Title,
            ["description"] = a.Summary,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["inLanguage"] = ctx.Site.Settings.Language,
            ["wordCount"] = a.WordCount,
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = ctx.Site.Settings.Title, ["url"] = ctx.Urls.Absolute(ctx.Urls.Home) },
        };
        if (a.Date is { } d) o["datePublished"] = d.ToString();
        if (a.Author is { Length: > 0 } author) o["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        else if (a.SourceLabel is { } source) o["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = source };
        if (a.Place is { } place) o["locationCreated"] = new JsonObject { ["@type"] = "Place", ["name"] = place };
        if (a.Url is { } src && UrlSafety.IsSafeHttpUrl(src)) o["isBasedOn"] = src;
        // In the article's own order (as its actor panel): the site-wide ranking shifts whenever an article is added.
        var about = (ctx.Site.Facts.TryGetValue(a.Slug, out var facts) ? ActorArticleLinks.Named(ctx, a, facts) : [])
            .Select(x => (JsonNode)Thing(ctx, x.Actor)).ToArray();
        if (about.Length > 0) o["about"] = new JsonArray(about);
        return Write(o);
    }

    public static string Actor(RenderContext ctx, Actor actor)
    {
        var o = Thing(ctx, actor);
        o["@context"] = "https://schema.org";
        if (actor.Aliases.Length > 0) o["alternateName"] = new JsonArray(actor.Aliases.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray());
        if (actor.Description is { Length: > 0 } desc) o["description"] = desc;
        o["subjectOf"] = new JsonArray(ctx.Lookup.InSiteOrder(actor.Articles)
            .Take(ListLimit).Select(a => (JsonNode)ArticleRef(ctx, a)).ToArray());
        return Write(o);
    }

    public static string Event(RenderContext ctx, Event ev)
    {
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = ev.Title,
            ["url"] = ctx.Urls.Absolute(ctx.Urls.Event(ev.Slug)),
            ["eventStatus"] = "https://schema.org/EventScheduled",
        };
        if (ev.Date is { } d) o["startDate"] = d.ToString();
        if (ev.Place is { Length: > 0 } place) o["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place };
        var attendees = ev.Actors.Select(ctx.Site.ActorIndex.Find).OfType<Actor>().Select(x => (JsonNode)Thing(ctx, x)).ToArray();
        if (attendees.Length > 0) o["attendee"] = new JsonArray(attendees);
        o["subjectOf"] = new JsonArray(ctx.Lookup.InSiteOrder(ev.Articles)
            .Take(ListLimit).Select(a => (JsonNode)ArticleRef(ctx, a)).ToArray());
        return Write(o);
    }

    /// <summary>Articles listed inside an actor or event: enough to follow, not the whole archive.</summary>
    public const int ListLimit = 20;

    private static JsonObject Thing(RenderContext ctx, Actor actor) => new()
    {
        ["@type"] = actor.Kind switch { ActorKind.Person => "Person", ActorKind.Country => "Country", _ => "Organization" },
        ["name"] = actor.Name,
        ["url"] = ctx.Urls.Absolute(ctx.Urls.Actor(actor.Slug)),
    };

    private static JsonObject ArticleRef(RenderContext ctx, Article a)
    {
        var o = new JsonObject { ["@type"] = "NewsArticle", ["headline"] = a.Title, ["url"] = ctx.Urls.Absolute(ctx.Urls.Article(a.Slug)) };
        if (a.Date is { } d) o["datePublished"] = d.ToString();
        return o;
    }

    private static string Write(JsonObject o)
    {
        foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList()) o.Remove(key);
        return o.ToJsonString(Options);
    }
}
