using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>The merged actors, and which actor each article's mention key ended up as.</summary>
public sealed record ActorIndex(ImmutableArray<Actor> Actors, ImmutableDictionary<string, string> SlugByArticleAndKey)
{
    public static ActorIndex Empty { get; } = new([], ImmutableDictionary<string, string>.Empty);

    private readonly Dictionary<string, Actor> bySlug = Actors.ToDictionary(a => a.Slug, StringComparer.Ordinal);

    /// <summary>The actor with slug <paramref name="slug"/>, if any.</summary>
    public Actor? Find(string slug) => bySlug.GetValueOrDefault(slug);

    public static string LookupKey(string articleSlug, string mentionKey) => articleSlug + "\u001F" + mentionKey;

    /// <summary>The actor slug that mention key <paramref name="mentionKey"/> of article <paramref name="articleSlug"/> was merged into, if any.</summary>
    public string? SlugFor(string articleSlug, string mentionKey) =>
        SlugByArticleAndKey.TryGetValue(LookupKey(articleSlug, mentionKey), out var slug) ? slug : null;
}
