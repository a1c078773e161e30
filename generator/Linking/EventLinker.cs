using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Linking;

/// <summary>
/// Links events across the site: merges the same event told by several articles (<see cref="EventClustering"/>),
/// gives each a slug, then applies the editors' <c>content/events/*.yml</c>. Events come out in time order, undated last.
/// </summary>
public static class EventLinker
{
    /// <param name="capitals">Names places written as a country's capital ("the Belarusian capital") as the city; null leaves them as written.</param>
    public static StageResult<ImmutableArray<Event>> Run(ImmutableArray<Article> articles, IReadOnlyDictionary<string, ArticleFacts> facts,
        ActorIndex actors, IEnumerable<ContentFile> eventFiles, CapitalPlaces? capitals = null)
    {
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        var items = new List<EventItem>();
        var stories = ArticleStories.Of(articles, facts, actors, out var mainActors);
        var persons = actors.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var bodies = actors.Actors.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var article in articles.OrderBy(a => a.Slug, StringComparer.Ordinal))
        {
            if (!facts.TryGetValue(article.Slug, out var f)) continue;
            var subjects = stories.GetValueOrDefault(article.Slug, []);
            var slugs = actors.SlugsByArticle.GetValueOrDefault(article.Slug);
            foreach (var m in f.Events)
            {
                var participants = Slugs(m.ActorKeys, slugs);
                items.Add(new EventItem(items.Count, article, f, m, participants)
                {
                    Hosts = Slugs(m.Hosts, slugs), ArticleActors = subjects, ArticleMainActors = mainActors.GetValueOrDefault(article.Slug, []),
                    Persons = [.. participants.Where(p => persons.Contains(p))], Bodies = [.. participants.Where(p => bodies.Contains(p))],
                });
            }
        }
        // Year-only references ("the 1998 agreement") join afterwards: only the whole set of clusters tells whether one is unambiguous.
        // Each cluster becomes its event on its own, so clusters are assembled in parallel (in their order).
        var events = YearReferences.Join(EventClustering.Cluster(items)).AsParallel().AsOrdered().Select(EventAssembler.Build)
            .Select(e => capitals is null ? e : e with { Place = capitals.Name(e.Place) }).ToList();
        var known = actors.Actors.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        events = AssignSlugs(events.Select(e => e with { Actors = e.Actors.Where(known.Contains).ToImmutableArray() }).ToList());

        var curated = CuratedEventReader.Run(eventFiles);
        diags.AddRange(curated.Diagnostics);
        events = CuratedEventApplier.Apply(events, curated.Value, known, diags);
        return new(Order(events), diags.ToImmutable());
    }

    /// <summary>Actor keys of one article as actor slugs ("key:" and the key when unlinked), each once, in order.</summary>
    private static ImmutableArray<string> Slugs(ImmutableArray<string> keys, IReadOnlyDictionary<string, string>? slugs)
    {
        if (keys.IsEmpty) return [];
        var result = ImmutableArray.CreateBuilder<string>(keys.Length);
        foreach (var k in keys)
        {
            var slug = slugs is not null && slugs.TryGetValue(k, out var s) ? s : "key:" + k;
            if (!result.Contains(slug)) result.Add(slug);
        }
        return result.DrainToImmutable();
    }

    public static ImmutableArray<Event> Order(IEnumerable<Event> events) =>
        events.OrderBy(e => e.Date is null).ThenBy(e => e.Date ?? default).ThenBy(e => e.Slug, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>
    /// Slugs from titles; a clash gets the date, then a short code of the article that first reported the event. Never a
    /// running number: numbering in site order would rename every later "Meeting" (and rewrite its pages and every page
    /// linking to it) whenever one article is added. Assigned in time order, then by first report, so older events keep
    /// the plain slug and a newly added article rarely takes it from one already published.
    /// </summary>
    private static List<Event> AssignSlugs(List<Event> events)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Event>();
        var ordered = events.OrderBy(e => e.Date is null).ThenBy(e => e.Date ?? default)
            .ThenBy(e => e.Coverage.IsDefaultOrEmpty ? "" : e.Coverage[0].ArticleDate?.ToString() ?? "~", StringComparer.Ordinal)
            .ThenBy(e => e.Articles.FirstOrDefault() ?? "", StringComparer.Ordinal)
            .ThenBy(e => e.Title, StringComparer.Ordinal);
        foreach (var e in ordered)
        {
            var slug = Slugger.Slugify(e.Title, fallback: "event");
            if (!taken.Add(slug) && (e.Date is null || !taken.Add(slug = Slugger.Slugify(e.Title + " " + e.Date, fallback: "event"))))
            {
                var stem = slug + "-" + ShortCode(e.Articles.FirstOrDefault() ?? e.Title);
                var n = 2;
                slug = stem;
                while (!taken.Add(slug)) slug = stem + "-" + n++;
            }
            result.Add(e with { Slug = slug });
        }
        return result;
    }

    /// <summary>Six hex digits that depend only on <paramref name="text"/>.</summary>
    private static string ShortCode(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..6];
}
