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
    ImmutableArray<string> Paragraphs)
{
    /// <summary>The body as plain text, one paragraph per blank-line-separated block: the form the normalizer reads.</summary>
    public string BodyText => string.Join("\n\n", Paragraphs) + "\n";
}
