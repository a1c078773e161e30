using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// What the actor pages gather from the articles' mentions, by actor slug: each sentence naming the actor (once per
/// sentence), the actor's quotes, what the page's fingerprint is made from, and which actors each article names.
/// Made for a slice of the site's articles at a time; slices joined in site order give the tables of the whole site.
/// </summary>
internal sealed class ActorMentionTables(int actorCount)
{
    public Dictionary<string, List<(Article Article, DocSentence Sentence)>> Sentences { get; } = new(StringComparer.Ordinal);

    /// <summary>Quotes as where they are; their views are made only for a page that is rendered.</summary>
    public Dictionary<string, List<(Article Article, ArticleFacts Facts, QuoteFact Quote)>> Quotes { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys of the articles naming the actor, and where in each (see ActorPageSet's Inputs).</summary>
    public Dictionary<string, List<string?>> Inputs { get; } = new(StringComparer.Ordinal);

    /// <summary>The articles naming the actor, in site order, each with where its keys start in <see cref="Inputs"/>.</summary>
    public Dictionary<string, List<(Article Article, int Start)>> ArticleInputs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// By article: the numbers (positions in the site's actors) of the actors its sentences name, each once. How often two
    /// actors share an article is counted from these for an actor when it is asked (<see cref="Together"/>), not kept for
    /// every pair: a table per actor and per slice of articles was a large site's costliest allocation of the actor pages.
    /// </summary>
    public Dictionary<Article, int[]> Present { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The actors that share an article with actor <paramref name="n"/>, each with how many articles they share.</summary>
    /// <param name="n">The actor's number.</param>
    /// <param name="articles">The articles naming the actor (a superset of those whose sentences do).</param>
    public List<(int Actor, int Count)> Together(int n, IEnumerable<Article> articles)
    {
        var counts = ArrayPool<int>.Shared.Rent(actorCount);
        Array.Clear(counts, 0, actorCount);  // a rented array holds what its last user left
        var touched = new List<int>();
        foreach (var article in articles)
        {
            if (!Present.TryGetValue(article, out var present) || Array.IndexOf(present, n) < 0) continue;
            foreach (var b in present)
                if (b != n && counts[b]++ == 0) touched.Add(b);
        }
        var result = new List<(int, int)>(touched.Count);
        foreach (var b in touched) result.Add((b, counts[b]));
        ArrayPool<int>.Shared.Return(counts);
        return result;
    }

    /// <summary>Articles per slice of the mention pass.</summary>
    private const int Slice = 512;

    /// <summary>
    /// The tables of the whole site, with each actor's number (its position in the site's actors) by slug. One pass over all
    /// mentions, by slices of articles on every core, joined in site order; co-occurrence is counted within each article,
    /// never across all pairs of actors. Needs the actors linked, not the events: a build makes them while events are linked.
    /// </summary>
    public static (ActorMentionTables Tables, Dictionary<string, int> Number) OfSite(SiteGraph site, ArticleKeys keys)
    {
        // Co-occurrence is counted on actor numbers (positions in site.Actors): string keys made this the costliest part.
        var number = new Dictionary<string, int>(site.Actors.Length, StringComparer.Ordinal);
        for (var n = 0; n < site.Actors.Length; n++) number.TryAdd(site.Actors[n].Slug, n);
        var tables = Enumerable.Range(0, (site.Articles.Length + Slice - 1) / Slice).AsParallel().AsOrdered()
            .Select(s => Of(site, keys, site.Articles.AsSpan(s * Slice, Math.Min(Slice, site.Articles.Length - s * Slice)), number))
            .ToList();
        return (Join(site.Actors.Length, tables), number);
    }

    /// <param name="site">The linked site (its actors at least).</param>
    /// <param name="keys">The site's article keys.</param>
    /// <param name="articles">The slice of the site's articles, in site order.</param>
    /// <param name="number">Each actor's number by slug.</param>
    public static ActorMentionTables Of(SiteGraph site, ArticleKeys keys, ReadOnlySpan<Article> articles, Dictionary<string, int> number)
    {
        var t = new ActorMentionTables(site.Actors.Length);
        var notedHere = new HashSet<string>(StringComparer.Ordinal);
        var present = new List<int>();
        var lastShown = new Dictionary<string, DocSentence>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!site.Facts.TryGetValue(article.Slug, out var facts)) continue;
            present.Clear();
            lastShown.Clear();
            notedHere.Clear();
            void Note(string slug, string where)
            {
                var list = Get(t.Inputs, slug);
                if (notedHere.Add(slug))
                {
                    Get(t.ArticleInputs, slug).Add((article, list.Count));
                    list.Add(keys.Of(article));
                    list.Add(keys.FactsOf(article));
                }
                list.Add(where);
            }
            foreach (var m in InReadingOrder(facts.Mentions))
            {
                if (site.ActorIndex.SlugFor(article.Slug, m.Key) is not { } slug) continue;
                var s = facts.Paragraphs[m.Paragraph].SentenceAt(m.Start);
                // Each sentence once per actor: mentions come in reading order, so a repeated sentence is the actor's last one.
                var seen = lastShown.TryGetValue(slug, out var last);
                if (seen && last!.Id == s.Id) continue;
                lastShown[slug] = s;
                if (!seen && number.TryGetValue(slug, out var n)) present.Add(n);
                Get(t.Sentences, slug).Add((article, s));
                Note(slug, s.Id);
            }
            for (var k = 0; k < facts.Quotes.Length; k++)
                if (facts.Quotes[k].SpeakerKey is { } key && site.ActorIndex.SlugFor(article.Slug, key) is { } slug)
                {
                    Get(t.Quotes, slug).Add((article, facts, facts.Quotes[k]));
                    Note(slug, "q" + k.ToString(CultureInfo.InvariantCulture));
                }
            t.Present[article] = [.. present];
        }
        return t;
    }

    /// <summary>
    /// The tables of consecutive slices joined, in their order. Each actor's lists are made at their final size, from the
    /// slices' counts: appended slice after slice, the lists of much-named actors grew by doubling, copying everything each time.
    /// </summary>
    public static ActorMentionTables Join(int actorCount, IReadOnlyList<ActorMentionTables> slices)
    {
        var t = new ActorMentionTables(actorCount);
        Presize(t.Sentences, slices.Select(x => x.Sentences));
        Presize(t.Quotes, slices.Select(x => x.Quotes));
        Presize(t.Inputs, slices.Select(x => x.Inputs));
        Presize(t.ArticleInputs, slices.Select(x => x.ArticleInputs));
        foreach (var next in slices)
        {
            foreach (var (slug, list) in next.Sentences) t.Sentences[slug].AddRange(list);
            foreach (var (slug, list) in next.Quotes) t.Quotes[slug].AddRange(list);
            foreach (var (slug, list) in next.ArticleInputs)
            {
                var offset = t.Inputs[slug].Count;
                var joined = t.ArticleInputs[slug];
                foreach (var (article, start) in list) joined.Add((article, start + offset));
            }
            foreach (var (slug, list) in next.Inputs) t.Inputs[slug].AddRange(list);
            foreach (var (article, present) in next.Present) t.Present[article] = present;
        }
        return t;
    }

    /// <summary>Makes each key's list with room for all of the slices' items under that key.</summary>
    private static void Presize<T>(Dictionary<string, List<T>> joined, IEnumerable<Dictionary<string, List<T>>> slices)
    {
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var slice in slices)
            foreach (var (slug, list) in slice) sizes[slug] = sizes.GetValueOrDefault(slug) + list.Count;
        foreach (var (slug, size) in sizes) joined[slug] = new List<T>(size);
    }

    /// <summary>The mentions by paragraph and position; extraction gives them so already, and then they are not sorted again.</summary>
    private static IEnumerable<ActorMention> InReadingOrder(ImmutableArray<ActorMention> mentions)
    {
        for (var i = 1; i < mentions.Length; i++)
            if ((mentions[i - 1].Paragraph, mentions[i - 1].Start).CompareTo((mentions[i].Paragraph, mentions[i].Start)) > 0)
                return mentions.OrderBy(m => m.Paragraph).ThenBy(m => m.Start);
        return mentions;
    }

    private static List<T> Get<T>(Dictionary<string, List<T>> d, string key) => d.TryGetValue(key, out var l) ? l : d[key] = [];
}
