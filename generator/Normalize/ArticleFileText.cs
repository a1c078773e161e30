using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingSite.Model;

namespace BriefingSite.Normalize;

/// <summary>
/// A normalized article as a content file: front matter with only the keys the reader knows (title, date, source,
/// url, author, summary, slug, draft), then the Markdown body. Building it again gives the same article.
/// </summary>
public static class ArticleFileText
{
    private static readonly JsonSerializerOptions QuotedString = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(Article a)
    {
        var sb = new StringBuilder("---\n");
        void Field(string key, string? value)
        {
            // A JSON string is a valid YAML double-quoted scalar: every character survives, quotes and colons included.
            if (value is not null) sb.Append(key).Append(": ").Append(JsonSerializer.Serialize(value, QuotedString)).Append('\n');
        }
        Field("title", a.Title);
        if (a.Date is { } d) sb.Append("date: ").Append(d.ToString()).Append('\n');
        Field("source", a.SourceLabel);
        Field("url", a.Url);
        Field("author", a.Author);
        Field("summary", a.Summary);
        if (a.ExplicitSlug) Field("slug", a.Slug);
        if (a.Draft) sb.Append("draft: true\n");
        sb.Append("---\n\n").Append(a.Markdown.TrimEnd('\n')).Append('\n');
        return sb.ToString();
    }

    /// <summary>The file name an added article gets: its date (or "undated") and its slug.</summary>
    public static string FileName(Article a) => (a.Date?.ToString() ?? "undated") + "-" + a.Slug + ".md";
}
