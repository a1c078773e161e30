using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>The merged actors, and which actor each article's mention key ended up as.</summary>
/// <param name="SlugsByArticle">For each article slug, its mention keys and the actor slug each was merged into (suppressed keys are absent).</param>
public sealed record ActorIndex(ImmutableArray<Actor> Actors, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> SlugsByArticle)
{
    public static ActorIndex Empty { get; } = new([], ImmutableDictionary<string, IReadOnlyDictionary<string, string>>.Empty);

    private readonly Dictionary<string, Actor> bySlug = Actors.ToDictionary(a => a.Slug, StringComparer.Ordinal);

    /// <summary>The actor with slug <paramref name="slug"/>, if any.</summary>
    public Actor? Find(string slug) => bySlug.GetValueOrDefault(slug);

    /// <summary>The actor slug that mention key <paramref name="mentionKey"/> of article <paramref name="articleSlug"/> was merged into, if any.</summary>
    public string? SlugFor(string articleSlug, string mentionKey) =>
        SlugsByArticle.TryGetValue(articleSlug, out var keys) && keys.TryGetValue(mentionKey, out var slug) ? slug : null;
}
