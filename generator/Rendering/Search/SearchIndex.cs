using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Rendering.Search;

/// <summary>
/// The compact index that <c>assets/search.js</c> loads when a reader starts searching. Rows are arrays, not
/// objects, and URLs are slugs, so an article costs little more than its title and a clipped summary:
/// <code>{"v":1,"articles":[[slug,title,date,summary]],"actors":[[slug,name,kind,[aliases]]],"events":[[slug,title,date]]}</code>
/// </summary>
public static class SearchIndex
{
    /// <summary>Summaries are clipped to this many characters: enough to recognise and match, small for thousands of articles.</summary>
    public const int SummaryChars = 140;

    // The index is fetched as JSON, never inlined into HTML, so only JSON's own escapes are needed.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(SiteGraph site)
    {
        // Written row by row, as the serializer wrote the object-typed rows this was once made of (same bytes, tested), without
        // the reflection serializing them cost every build that writes the file (an addition to a large site rewrites it).
        return Utf8.JsonLine(Options, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WritePropertyName("articles");
            json.WriteStartArray();
            foreach (var a in site.Articles) Utf8.Strings(json, [a.Slug, a.Title, a.Date?.ToString() ?? "", Clip(a.Summary, a.Title)]);
            json.WriteEndArray();
            json.WritePropertyName("actors");
            json.WriteStartArray();
            foreach (var x in site.Actors)
            {
                json.WriteStartArray();
                Utf8.StringOrNull(json, x.Slug);
                Utf8.StringOrNull(json, x.Name);
                Utf8.StringOrNull(json, x.Kind.ToString().ToLowerInvariant());
                Utf8.Strings(json, x.Aliases);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WritePropertyName("events");
            json.WriteStartArray();
            foreach (var e in site.Events) Utf8.Strings(json, [e.Slug, e.Title, e.Date?.ToString() ?? ""]);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>Cuts at a word boundary and marks the cut; a summary that repeats the title adds nothing to search.</summary>
    public static string Clip(string? text, string title)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var t = text.Trim();
        if (t.StartsWith(title.TrimEnd('.', ' '), StringComparison.Ordinal)) return "";
        if (t.Length <= SummaryChars) return t;
        var cut = t.LastIndexOf(' ', SummaryChars);
        return t[..(cut > SummaryChars / 2 ? cut : SummaryChars)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
