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
        var doc = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["v"] = 1,
            ["articles"] = site.Articles.Select(a => new object?[] { a.Slug, a.Title, a.Date?.ToString() ?? "", Clip(a.Summary, a.Title) }).ToList(),
            ["actors"] = site.Actors.Select(x => new object[] { x.Slug, x.Name, x.Kind.ToString().ToLowerInvariant(), x.Aliases.ToArray() }).ToList(),
            ["events"] = site.Events.Select(e => new object[] { e.Slug, e.Title, e.Date?.ToString() ?? "" }).ToList(),
        };
        return Utf8.JsonLine(doc, Options);
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
