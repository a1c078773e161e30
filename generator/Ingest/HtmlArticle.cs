using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>What a saved web page says about its article: metadata from meta tags and JSON-LD, and the body as paragraphs of plain text.</summary>
public sealed record HtmlArticle(
    string? Title,
    PartialDate? Date,
    string? Source,
    string? Author,
    string? Url,
    ImmutableArray<string> Paragraphs,
    ImmutableArray<int> SourceLines = default)
{
    /// <summary>The body as plain text, one paragraph per blank-line-separated block: the form the normalizer reads.</summary>
    public string BodyText => string.Join("\n\n", Paragraphs) + "\n";

    /// <summary>
    /// The body as plain text with each paragraph on the line of the page where its element starts (blank lines
    /// between), so diagnostics about the text point into the HTML file. Paragraphs sharing a line move down.
    /// </summary>
    public string BodyTextAtSourceLines()
    {
        if (SourceLines.IsDefault || SourceLines.Length != Paragraphs.Length) return BodyText;
        var sb = new System.Text.StringBuilder();
        var line = 1;
        for (var i = 0; i < Paragraphs.Length; i++)
        {
            var target = Math.Max(SourceLines[i], i == 0 ? 1 : line + 2);
            while (line < target) { sb.Append('\n'); line++; }
            sb.Append(Paragraphs[i]);
        }
        return sb.Append('\n').ToString();
    }
}
