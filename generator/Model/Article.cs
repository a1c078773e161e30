using System.Collections.Immutable;
using BriefingSite.Diagnostics;

namespace BriefingSite.Model;

/// <summary>A normalized article: metadata plus a Markdown body. <see cref="Slug"/> is final only after slug assignment.</summary>
public sealed record Article(
    string Slug,
    string Title,
    bool TitleDerived,
    PartialDate? Date,
    string? Source,
    string? Url,
    string? Author,
    string? Summary,
    string? Place,
    string? Agency,
    bool Draft,
    bool ExplicitSlug,
    string Markdown,
    ImmutableArray<string> RemovedLines,
    int WordCount,
    SourceSpan Origin,
    string ContentHash)
{
    public int ReadingMinutes => Math.Max(1, (WordCount + 229) / 230);

    /// <summary>Source as shown to readers: the front matter's source, else the dateline's agency.</summary>
    public string? SourceLabel => Source ?? Agency;
}
