using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>An event after merging across articles and curated files.</summary>
public sealed record Event(
    string Slug,
    string Title,
    PartialDate? Date,
    bool Planned,
    string? Place,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Articles);
