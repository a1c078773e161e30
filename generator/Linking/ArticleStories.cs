using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// What each article with events is about: its main actors, kept only when they are distinctive on this site (main
/// actors of at most a tenth of the articles, or three): on a site about American politics, "United States" tells no story from another.
/// </summary>
internal static class ArticleStories
{
    public static Dictionary<string, ImmutableArray<string>> Of(ImmutableArray<Article> articles, IReadOnlyDictionary<string, ArticleFacts> facts, ActorIndex actors) =>
        Of(articles, facts, actors, out _);

    /// <summary>The distinctive main actors of each article, and in <paramref name="main"/> all of its main actors, however common on the site.</summary>
    public static Dictionary<string, ImmutableArray<string>> Of(ImmutableArray<Article> articles, IReadOnlyDictionary<string, ArticleFacts> facts, ActorIndex actors,
        out Dictionary<string, ImmutableArray<string>> main)
    {
        main = new Dictionary<string, ImmutableArray<string>>(articles.Length, StringComparer.Ordinal);
        var spread = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!facts.TryGetValue(article.Slug, out var f) || f.Events.IsEmpty) continue;
            var actorsOfArticle = MainActors(article, f, actors, counts);
            main[article.Slug] = actorsOfArticle;
            foreach (var s in actorsOfArticle) CollectionsMarshal.GetValueRefOrAddDefault(spread, s, out _)++;
        }
        var most = Math.Max(3, main.Count / 10);
        var stories = new Dictionary<string, ImmutableArray<string>>(main.Count, StringComparer.Ordinal);
        foreach (var (slug, actorsOfArticle) in main)
        {
            var kept = actorsOfArticle;
            foreach (var s in actorsOfArticle)
                if (spread[s] > most) { kept = [.. actorsOfArticle.Where(a => spread[a] <= most)]; break; }
            stories[slug] = kept;
        }
        return stories;
    }

    /// <summary>
    /// What the article is about, as actor slugs: those it names at least twice, the most named first (at most five).
    /// <paramref name="counts"/> is scratch space, reused from one article to the next.
    /// </summary>
    private static ImmutableArray<string> MainActors(Article article, ArticleFacts facts, ActorIndex actors, Dictionary<string, int> counts)
    {
        if (actors.SlugsByArticle.GetValueOrDefault(article.Slug) is not { } slugs) return [];
        counts.Clear();
        foreach (var m in facts.Mentions)
            if (slugs.TryGetValue(m.Key, out var slug)) CollectionsMarshal.GetValueRefOrAddDefault(counts, slug, out _)++;
        List<(string Slug, int Count)>? named = null;
        foreach (var (slug, count) in counts)
            if (count >= 2) (named ??= []).Add((slug, count));
        if (named is null) return [];
        // Slugs are distinct, so this order is total.
        named.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Slug, b.Slug));
        var top = ImmutableArray.CreateBuilder<string>(Math.Min(5, named.Count));
        for (var i = 0; i < top.Capacity; i++) top.Add(named[i].Slug);
        return top.MoveToImmutable();
    }
}
