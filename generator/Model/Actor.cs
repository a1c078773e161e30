using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>An actor after merging across articles and curated files.</summary>
public sealed record Actor(
    string Slug,
    string Name,
    ActorKind Kind,
    ImmutableArray<string> Aliases,
    string? Description,
    ImmutableArray<string> Articles);
