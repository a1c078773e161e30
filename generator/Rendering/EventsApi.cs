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
        // Written field by field, as the serializer wrote the anonymous rows this was once made of (same bytes, tested), without
        // the reflection serializing them cost every build that writes the file (an addition to a large site rewrites it).
        var events = ctx.Site.Events;
        var bytes = Utf8.JsonLine(Options, json =>
        {
            json.WriteStartArray();
            foreach (var e in events)
            {
                json.WriteStartObject();
                json.WritePropertyName("slug");
                Utf8.StringOrNull(json, e.Slug);
                json.WritePropertyName("title");
                Utf8.StringOrNull(json, e.Title);
                json.WritePropertyName("date");
                Utf8.StringOrNull(json, e.Date?.ToString());
                json.WritePropertyName("status");
                Utf8.StringOrNull(json, EventCards.StatusLabel(e));
                json.WritePropertyName("place");
                Utf8.StringOrNull(json, e.Place);
                json.WritePropertyName("actors");
                Utf8.Strings(json, e.Actors);
                json.WritePropertyName("articles");
                Utf8.Strings(json, e.Articles);
                json.WritePropertyName("url");
                Utf8.StringOrNull(json, ctx.Urls.Absolute(EventCards.Url(ctx.Urls, e.Slug)));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });
        yield return new OutputFile("api/events.json", bytes);
    }
}
