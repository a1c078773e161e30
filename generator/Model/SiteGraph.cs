using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>The whole site as data, after linking: every list already sorted the way it is shown.</summary>
/// <param name="Facts">
/// Each article's facts by its slug, as a hash table: a build looks articles up here tens of thousands of times (keys,
/// mentions, stories, data files), and an immutable dictionary's lookups cost two to five times as much (80,000 lookups of
/// 10,000 slugs: 58-142 against 22-49 ms on a loaded machine).
/// </param>
public sealed record SiteGraph(
    SiteSettings Settings,
    ImmutableArray<Article> Articles,
    IReadOnlyDictionary<string, ArticleFacts> Facts,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Event> Events)
{
    /// <summary>Which actor each article's mention keys were merged into (set by Linking).</summary>
    public ActorIndex ActorIndex { get; init; } = ActorIndex.Empty;
}
