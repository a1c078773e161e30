using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>
/// What the actor pages gather from the articles' mentions, by actor slug: each sentence naming the actor (once per
/// sentence), the actor's quotes, what the page's fingerprint is made from, and how often two actors share an article.
/// Made for a slice of the site's articles at a time; slices appended in site order give the tables of the whole site.
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

    /// <summary>By actor number (position in the site's actors): how many articles it shares with each other actor.</summary>
    public Dictionary<int, int>?[] Together { get; } = new Dictionary<int, int>?[actorCount];

    /// <param name="ctx">The render context.</param>
    /// <param name="articles">The slice of the site's articles, in site order.</param>
    /// <param name="number">Each actor's number by slug.</param>
    public static ActorMentionTables Of(RenderContext ctx, ReadOnlySpan<Article> articles, Dictionary<string, int> number)
    {
        var site = ctx.Site;
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
                    list.Add(ctx.Keys.Of(article));
                    list.Add(ctx.Keys.FactsOf(article));
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
            foreach (var a in present)
            {
                var counts = t.Together[a] ??= [];
                foreach (var b in present)
                    if (a != b) CollectionsMarshal.GetValueRefOrAddDefault(counts, b, out _)++;
            }
        }
        return t;
    }

    /// <summary>Adds the tables of the slice that follows this one.</summary>
    public void Append(ActorMentionTables next)
    {
        foreach (var (slug, list) in next.Sentences) Get(Sentences, slug).AddRange(list);
        foreach (var (slug, list) in next.Quotes) Get(Quotes, slug).AddRange(list);
        foreach (var (slug, list) in next.ArticleInputs)
        {
            var offset = Inputs.TryGetValue(slug, out var ours) ? ours.Count : 0;
            Get(ArticleInputs, slug).AddRange(list.Select(x => (x.Article, x.Start + offset)));
        }
        foreach (var (slug, list) in next.Inputs) Get(Inputs, slug).AddRange(list);
        for (var a = 0; a < next.Together.Length; a++)
        {
            if (next.Together[a] is not { } theirs) continue;
            if (Together[a] is not { } ours) { Together[a] = theirs; continue; }
            foreach (var (b, count) in theirs) CollectionsMarshal.GetValueRefOrAddDefault(ours, b, out _) += count;
        }
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
