using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>The whole site as data, after linking: every list already sorted the way it is shown.</summary>
public sealed record SiteGraph(
    SiteSettings Settings,
    ImmutableArray<Article> Articles,
    ImmutableDictionary<string, ArticleFacts> Facts,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Event> Events)
{
    /// <summary>Which actor each article's mention keys were merged into (set by Linking).</summary>
    public ActorIndex ActorIndex { get; init; } = ActorIndex.Empty;
}
