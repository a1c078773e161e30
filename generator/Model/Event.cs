using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>
/// An event after merging across articles and curated files. <see cref="Actors"/> are actor slugs,
/// <see cref="Articles"/> the covering articles' slugs, oldest report first.
/// </summary>
public sealed record Event(
    string Slug,
    string Title,
    PartialDate? Date,
    bool Planned,
    string? Place,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Articles)
{
    public string Kind { get; init; } = "event";

    public EventStatus Status => Planned ? EventStatus.Planned : EventStatus.Happened;

    /// <summary>How precisely the date is known; null when undated.</summary>
    public DatePrecision? Precision => Date?.Precision;

    /// <summary>One entry per covering article, oldest report first (undated articles last).</summary>
    public ImmutableArray<EventCoverage> Coverage { get; init; } = [];

    /// <summary>Slug of the article that reported the event first, and of the latest one.</summary>
    public string? FirstReport => Coverage.IsDefaultOrEmpty ? null : Coverage[0].ArticleSlug;
    public string? LatestReport => Coverage.IsDefaultOrEmpty ? null : Coverage[^1].ArticleSlug;

    /// <summary>Other names the event goes by (curated aliases and the titles of merged mentions).</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>Editor's description from content/events/*.yml, when given.</summary>
    public string? Description { get; init; }
}
