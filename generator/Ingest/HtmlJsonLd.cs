using System.Text.Json;
using AngleSharp.Dom;

namespace BriefingSite.Ingest;

/// <summary>The article fields of a page's JSON-LD (schema.org NewsArticle and kin), when it has any.</summary>
public sealed record HtmlJsonLd(string? Headline, string? DatePublished, string? Author, string? Publisher, string? Url)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
        { "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report", "OpinionNewsArticle", "BackgroundNewsArticle" };

    public static HtmlJsonLd Read(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement, 0) is { } a)
                    return new HtmlJsonLd(Str(a, "headline") ?? Str(a, "name"), Str(a, "datePublished"), Name(a, "author"), Name(a, "publisher"), Str(a, "url") ?? Str(a, "mainEntityOfPage"));
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on saved pages; the meta tags and markup still speak.
            }
        }
        return new HtmlJsonLd(null, null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement e, int depth)
    {
        if (depth > 4) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
                if (FindArticle(item, depth + 1) is { } found) return found;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@type", out var type) && IsArticleType(type)) return e;
        return e.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
        _ => false,
    };

    private static string? Str(JsonElement e, string key)
    {
        if (!e.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String) return id.GetString();
        return v.ValueKind == JsonValueKind.String ? HtmlArticleReader.Clean(v.GetString()) : null;
    }

    /// <summary>An author or publisher: a string, an object with a name, or a list of either (names joined with "and").</summary>
    private static string? Name(JsonElement e, string key)
    {
        if (!e.TryGetProperty(key, out var v)) return null;
        var names = (v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v])
            .Select(x => x.ValueKind switch
            {
                JsonValueKind.String => x.GetString(),
                JsonValueKind.Object when x.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            })
            .Select(HtmlArticleReader.Clean).OfType<string>().ToList();
        return names.Count == 0 ? null : string.Join(" and ", names);
    }
}
