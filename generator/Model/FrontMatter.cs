namespace BriefingSite.Model;

/// <summary>The optional YAML block at the top of an article. Every field may be absent.</summary>
public sealed record FrontMatter(
    string? Title = null,
    PartialDate? Date = null,
    string? Source = null,
    string? Url = null,
    string? Author = null,
    string? Summary = null,
    string? Slug = null,
    bool Draft = false,
    int Line = 0)
{
    public static FrontMatter Empty { get; } = new();
}
