using BriefingSite.Extraction.Events;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// Joins references to one past agreement, war or invasion that give only its year ("the 1998 agreement", "a memorandum
/// signed in 2021") with the other clusters of that kind and year in the same story. A pair of such mentions rarely shares
/// words, so <see cref="EventClustering"/> leaves them apart; what makes them one is that the writers saw no need to say
/// which: among articles about the same actors, the references of one kind and year are joined only when no article tells
/// two of them apart, no two of them conflict (another name, place, body, or modifier: "the 2015 nuclear deal" is not the
/// Paris Agreement), and at most one of the clusters knows more than the year.
/// </summary>
public static class YearReferences
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { "agreement", "war", "invasion" };

    public static List<List<EventItem>> Join(List<List<EventItem>> clusters)
    {
        var groups = new Dictionary<(string Kind, int Year), List<int>>();
        for (var c = 0; c < clusters.Count; c++)
            if (KeyOf(clusters[c]) is { } key)
            {
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                list.Add(c);
            }
        var joined = new int[clusters.Count];
        for (var c = 0; c < joined.Length; c++) joined[c] = c;
        foreach (var (_, members) in groups.OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            if (members.Count < 2) continue;
            foreach (var component in Components(clusters, members))
            {
                if (component.Count < 2 || !Unambiguous(clusters, component)) continue;
                foreach (var c in component) joined[c] = component[0];
            }
        }
        var result = new List<List<EventItem>>();
        var at = new Dictionary<int, List<EventItem>>();
        for (var c = 0; c < clusters.Count; c++)
        {
            if (!at.TryGetValue(joined[c], out var target)) { at[joined[c]] = target = []; result.Add(target); }
            target.AddRange(clusters[c]);
        }
        return result;
    }

    /// <summary>The kind and year of a cluster that reports a past agreement, war or invasion with a date; null otherwise.</summary>
    private static (string, int)? KeyOf(List<EventItem> cluster)
    {
        string? kind = null;
        var year = 0;
        foreach (var i in cluster)
        {
            if (i.Mention.Planned || !Kinds.Contains(i.Mention.Kind)) return null;
            if (kind is not null && kind != i.Mention.Kind) return null;
            kind = i.Mention.Kind;
            if (i.Mention.Date is not { } d) continue;
            if (year != 0 && year != d.Year) return null;
            year = d.Year;
        }
        return kind is null || year == 0 ? null : (kind, year);
    }

    /// <summary>The clusters of one kind and year split into groups told by articles about the same actors.</summary>
    private static List<List<int>> Components(List<List<EventItem>> clusters, List<int> members)
    {
        var seen = new HashSet<int>();
        var result = new List<List<int>>();
        foreach (var start in members)
        {
            if (!seen.Add(start)) continue;
            var component = new List<int> { start };
            for (var k = 0; k < component.Count; k++)
                foreach (var other in members)
                    if (!seen.Contains(other) && SameStory(clusters[component[k]], clusters[other]))
                    {
                        seen.Add(other);
                        component.Add(other);
                    }
            result.Add(component);
        }
        return result;
    }

    /// <summary>Some article of one and some article of the other share a distinctive main actor, or two main actors.</summary>
    private static bool SameStory(List<EventItem> a, List<EventItem> b) =>
        a.Any(x => b.Any(y => x.ArticleActors.Intersect(y.ArticleActors, StringComparer.Ordinal).Any()
            || x.ArticleMainActors.Intersect(y.ArticleMainActors, StringComparer.Ordinal).Count() >= 2));

    private static bool Unambiguous(List<List<EventItem>> clusters, List<int> component)
    {
        var articles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in component)
            foreach (var slug in clusters[c].Select(i => i.Article.Slug).Distinct(StringComparer.Ordinal))
                if (!articles.Add(slug)) return false;
        if (component.Count(c => clusters[c].Any(i => i.Mention.Date is { Precision: not DatePrecision.Year })) > 1) return false;
        foreach (var a in component)
            foreach (var b in component)
                if (a < b && clusters[a].Any(x => clusters[b].Any(y => Conflict(x.Mention, y.Mention)))) return false;
        return true;
    }

    private static bool Conflict(EventMention x, EventMention y)
    {
        if (x.Name is not null && y.Name is not null && EventNames.Key(x.Name) != EventNames.Key(y.Name)) return true;
        if (x.Body is not null && y.Body is not null && !string.Equals(x.Body, y.Body, StringComparison.OrdinalIgnoreCase)) return true;
        if (x.Date is { } p && y.Date is { } q && !ArticleEventGatherer.SameAtCommonPrecision(p, q)) return true;
        if (x.Place is { } u && y.Place is { } v && ArticleEventGatherer.PlacesConflict(u, v)) return true;
        if (ArticleEventGatherer.Disjoint(x.Hosts, y.Hosts) || ArticleEventGatherer.Disjoint(x.Topics, y.Topics)) return true;
        return ArticleEventGatherer.Disjoint(Modifiers(x), Modifiers(y));
    }

    /// <summary>What kind of agreement or war the mention says it is: the lower-case words of its title ("nuclear", "border"), or the words of its name.</summary>
    private static HashSet<string> Modifiers(EventMention m)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in (m.Name ?? m.Title).Split([' ', '–', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', ',', '\'', '’', '"', '(', ')');
            if (w.Length < 3 || w.Any(char.IsDigit) || w.Contains('’') || w.Contains('\'')) continue;
            if (m.Name is null && !char.IsLower(w[0])) continue;
            var lower = w.ToLowerInvariant();
            if (!NotModifiers.Contains(lower)) words.Add(lower);
        }
        return words;
    }

    private static readonly HashSet<string> NotModifiers = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "between", "from", "into", "over", "under", "its", "their",
        "agreement", "agreements", "deal", "accord", "accords", "treaty", "memorandum", "understanding", "protocol", "contract", "ceasefire",
        "cease", "fire", "truce", "armistice", "pact", "war", "battle", "invasion", "annexation", "incursion", "full", "scale", "signing", "signed",
    };
}
