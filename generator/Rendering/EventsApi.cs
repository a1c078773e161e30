using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary><c>api/events.json</c>: [{slug, title, date: "YYYY"|"YYYY-MM"|"YYYY-MM-DD"|null, status, place, actors, articles, url}] in timeline order.</summary>
public sealed class EventsApi : IPageSet
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IEnumerable<OutputFile> Render(RenderContext ctx)
    {
        var rows = ctx.Site.Events.Select(e => new
        {
            slug = e.Slug,
            title = e.Title,
            date = e.Date?.ToString(),
            status = EventCards.StatusLabel(e),
            place = e.Place,
            actors = e.Actors,
            articles = e.Articles,
            url = ctx.Urls.Absolute(EventCards.Url(ctx.Urls, e.Slug)),
        });
        yield return new OutputFile("api/events.json", Utf8.JsonLine(rows, Options));
    }
}
