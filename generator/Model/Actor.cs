using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>An actor after merging across articles and curated files.</summary>
public sealed record Actor(
    string Slug,
    string Name,
    ActorKind Kind,
    ImmutableArray<string> Aliases,
    string? Description,
    ImmutableArray<string> Articles)
{
    /// <summary>Every role seen, oldest article first; one entry per distinct title and article.</summary>
    public ImmutableArray<ActorRole> Roles { get; init; } = [];

    /// <summary>How many times the actor is named across all articles: orders the actors index.</summary>
    public int MentionCount { get; init; }

    public ImmutableArray<ActorLink> Links { get; init; } = [];

    /// <summary>True when a curated file describes this actor.</summary>
    public bool Curated { get; init; }
}
