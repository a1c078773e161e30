using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// Decides which articles' events are the same event. Pairs are only ever compared inside a block: the same kind and
/// anchor days at most <see cref="WindowDays"/> apart (or the same proper name), never all pairs of the site. A pair
/// merges on evidence (same day, same place, shared participants or proper words) with nothing against it; the best
/// pairs merge first, and a cluster never takes two events of one article (the article already told them apart).
/// </summary>
public static class EventClustering
{
    public const int WindowDays = 45;

    public static List<List<EventItem>> Cluster(IReadOnlyList<EventItem> items)
    {
        var pairs = new List<(int Score, int A, int B)>();
        var traits = EventTraits.Of(items);
        foreach (var kind in items.GroupBy(i => Family(i.Mention.Kind), StringComparer.Ordinal))
        {
            foreach (var named in kind.Where(i => i.Mention.Name is not null).GroupBy(i => EventNames.Key(i.Mention.Name!), StringComparer.Ordinal))
            {
                // One name on other dates is another event of that name (a yearly conference): each joins the first of its dates.
                var list = named.Select(i => traits[i.Index]).ToList();
                for (var k = 1; k < list.Count; k++)
                    for (var j = 0; j < k; j++)
                        if (EventPairScore.DatesMayAgree(EventPairScore.DateKey(list[j]), EventPairScore.DateKey(list[k])))
                        {
                            pairs.Add((100, list[j].Item.Index, list[k].Item.Index));
                            break;
                        }
            }
            var timed = kind.Where(i => traits[i.Index].Day is not null).Select(i => traits[i.Index])
                .OrderBy(t => t.Day).ThenBy(t => t.Item.Index).ToArray();
            pairs.AddRange(WindowPairs(timed));
            pairs.AddRange(StoryPairs(kind.ToList(), traits));
        }
        pairs.AddRange(GenericPairs(traits));
        pairs.AddRange(KillingPairs(traits));
        pairs.AddRange(EventRulings.Pairs(traits));
        var parent = Enumerable.Range(0, items.Count).ToArray();
        var articles = traits.Select(t => new HashSet<int> { t.Article }).ToArray();
        var members = items.Select(i => new List<int> { i.Index }).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        pairs.Sort((p, q) => p.Score != q.Score ? q.Score.CompareTo(p.Score) : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        foreach (var (score, a, b) in pairs)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb || articles[ra].Overlaps(articles[rb])) continue;
            // Every mention of the merged event must look like every other (no chains: A like B, B like C, A unlike C).
            if (score < 100 && !AllAlike(traits, members[ra], members[rb], Anchored(traits[a], traits[b])
                || JoinsAnchored(traits, traits[a], traits[b], members[ra], members[rb]))) continue;
            parent[rb] = ra;
            articles[ra].UnionWith(articles[rb]);
            members[ra].AddRange(members[rb]);
        }
        return items.GroupBy(i => Find(i.Index)).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    /// <remarks>
    /// A deed told without an event word joined its cluster on the day it shares with one of its mentions: with the others
    /// it needs only nothing against it (<see cref="EventPairScore.Compatible"/>).
    /// </remarks>
    /// <param name="anchored">
    /// The pair that joins the two is one kind told on one day with evidence: then another mention of either side needs no
    /// evidence of its own with the other side, only nothing against it (<see cref="EventPairScore.Compatible"/>) and no
    /// other day ('the summit' of a sketch on 15 June is the 'ordinary summit in Abuja' on 15 June, which a third article
    /// calls a meeting in Abuja on 15 June).
    /// </param>
    private static bool AllAlike(EventTraits[] traits, List<int> xs, List<int> ys, bool anchored)
    {
        foreach (var x in xs)
            foreach (var y in ys)
                if (EventPairScore.Of(traits[x], traits[y]) <= 0 && !((anchored && SameDayOrUndated(traits[x], traits[y]) || traits[x].Generic != traits[y].Generic)
                    && EventPairScore.Compatible(traits[x], traits[y])))
                    return false;
        return true;
    }

    /// <summary>
    /// One kind on one day: both told to the day, or one to the day and the other to the month that holds it (a preview of
    /// talks "on May 20 and 21" and the report of the talks on 20 May).
    /// </summary>
    private static bool Anchored(EventTraits a, EventTraits b) => a.Kind == b.Kind && a.Dated && b.Dated && SameDayOrUndated(a, b);

    /// <summary>
    /// An undated mention that has evidence with a mention told to the day, whose cluster already holds that kind on that day
    /// from another article (two articles agree on the day): the cluster is as anchored as a pair told on one day, so the
    /// undated mention needs with the cluster's other mentions only nothing against it ('the closure' of a podcast, a week
    /// after 'Thailand's closure of the border' and 'the closure of the crossings' a letter and a travel page date to 27 February).
    /// </summary>
    private static bool JoinsAnchored(EventTraits[] traits, EventTraits a, EventTraits b, List<int> xs, List<int> ys)
    {
        if (a.Dated == b.Dated || a.Kind != b.Kind) return false;
        var (day, cluster, undated) = a.Dated ? (a, xs, b) : (b, ys, a);
        // A week told by its year alone ("next week") is compared as undated, yet says when: it is no undated telling.
        if (day.ToTheDay is not { } d || undated.Item.Mention.Date is not null) return false;
        foreach (var m in cluster)
            if (m != day.Item.Index && traits[m].Kind == day.Kind && traits[m].ToTheDay == d && traits[m].Article != day.Article) return true;
        return false;
    }

    /// <summary>Undated on one side, or one day, or a month that holds the other's day ('later this month' and '29 September').</summary>
    private static bool SameDayOrUndated(EventTraits x, EventTraits y) =>
        !x.Dated || !y.Dated || x.ToTheDay is { } day && day == y.ToTheDay
        || x.Precision != DatePrecision.Year && y.Precision != DatePrecision.Year && x.Year == y.Year && x.Month == y.Month && (x.Precision == DatePrecision.Day) != (y.Precision == DatePrecision.Day);

    /// <summary>
    /// The pairs each item of a block (sorted by day) forms with the later items of its window that score above zero.
    /// Scoring is pure and the pairs are sorted completely afterwards, so slices of the block are scored in parallel.
    /// </summary>
    private static List<(int Score, int A, int B)> WindowPairs(EventTraits[] timed)
    {
        // The day, article and date of each item side by side: most pairs of a window are told apart by these alone
        // (two days of one month, one article), so they are ruled out here before the items themselves are read.
        var days = new int[timed.Length];
        var articles = new int[timed.Length];
        var dates = new int[timed.Length];
        for (var i = 0; i < timed.Length; i++) (days[i], articles[i], dates[i]) = (timed[i].Day!.Value, timed[i].Article, EventPairScore.DateKey(timed[i]));
        const int Slice = 256;
        var slices = new List<(int Score, int A, int B)>[(timed.Length + Slice - 1) / Slice];
        Parallel.For(0, slices.Length, s =>
        {
            var found = new List<(int Score, int A, int B)>();
            for (var a = s * Slice; a < Math.Min(timed.Length, (s + 1) * Slice); a++)
                for (var b = a + 1; b < timed.Length && days[b] - days[a] <= WindowDays; b++)
                    if (articles[a] != articles[b] && EventPairScore.DatesMayAgree(dates[a], dates[b])
                        && EventPairScore.Of(timed[a], timed[b]) is var score and > 0)
                        found.Add((score, timed[a].Item.Index, timed[b].Item.Index));
            slices[s] = found;
        });
        var all = new List<(int Score, int A, int B)>(slices.Sum(f => f.Count));
        foreach (var f in slices) all.AddRange(f);
        return all;
    }

    /// <summary>
    /// A deed told without an event word ("Kenya asked the court on Tuesday") may be any kind's event told on the same day
    /// (<see cref="EventPairScore"/> gives a deed and another kind's mention nothing else): each mention told to the day is
    /// paired with the deeds of its day, found in a table by day, so the cost stays that of one day's mentions.
    /// </summary>
    private static List<(int Score, int A, int B)> GenericPairs(EventTraits[] traits)
    {
        var found = new List<(int Score, int A, int B)>();
        var byDay = new Dictionary<int, List<EventTraits>>();
        foreach (var t in traits)
            if (t.Generic && t.ToTheDay is { } day)
            {
                if (!byDay.TryGetValue(day, out var list)) byDay[day] = list = [];
                list.Add(t);
            }
        if (byDay.Count == 0) return found;
        foreach (var t in traits)
            if (!t.Generic && t.ToTheDay is { } day && byDay.TryGetValue(day, out var deeds))
                foreach (var g in deeds)
                {
                    if (g.Article == t.Article) continue;
                    var (a, b) = t.Item.Index < g.Item.Index ? (t, g) : (g, t);
                    if (EventPairScore.Of(a, b) is var score and > 0) found.Add((score, a.Item.Index, b.Item.Index));
                }
        return found;
    }

    /// <summary>
    /// A death and an attack are of two families, never in one block: each death of someone named is paired with the attacks
    /// of other articles whose participants or story hold that person (see <see cref="EventPairScore.Killing"/>), found in a
    /// table by person.
    /// </summary>
    private static List<(int Score, int A, int B)> KillingPairs(EventTraits[] traits) =>
        PairsByPerson(traits, t => t.Attack ? t.Persons.Concat(t.Story).Distinct() : null, t => t.Kind == "death");

    /// <summary>
    /// Each event <paramref name="second"/> holds, for each person it names, paired with the events of other articles whose
    /// <paramref name="firstKeys"/> (null: not of the first family) hold that person, found in a table by person and scored.
    /// </summary>
    internal static List<(int Score, int A, int B)> PairsByPerson(EventTraits[] traits, Func<EventTraits, IEnumerable<int>?> firstKeys, Func<EventTraits, bool> second)
    {
        var found = new List<(int Score, int A, int B)>();
        var firsts = new Dictionary<int, List<EventTraits>>();
        foreach (var t in traits)
            if (firstKeys(t) is { } keys)
                foreach (var p in keys)
                {
                    if (!firsts.TryGetValue(p, out var list)) firsts[p] = list = [];
                    list.Add(t);
                }
        if (firsts.Count == 0) return found;
        var seen = new HashSet<(int, int)>();
        foreach (var t in traits)
            if (second(t))
                foreach (var p in t.Persons)
                    if (firsts.TryGetValue(p, out var list))
                        foreach (var g in list)
                        {
                            if (g.Article == t.Article) continue;
                            var (a, b) = t.Item.Index < g.Item.Index ? (t, g) : (g, t);
                            if (seen.Add((a.Item.Index, b.Item.Index)) && EventPairScore.Of(a, b) is var score and > 0) found.Add((score, a.Item.Index, b.Item.Index));
                        }
        return found;
    }

    /// <summary>Most a story's block may hold: a larger one is no longer one story, and comparing all its pairs would cost too much.</summary>
    public const int StoryBlock = 200;

    /// <summary>
    /// Pairs the day window cannot see: a mention without a day ("the crackdown in Tiananmen Square" of an article of 2005,
    /// "the 2016 referendum") with the other mentions of the same story (articles sharing a distinctive actor, see
    /// <see cref="EventItem.ArticleActors"/>), whatever their days. Pairs already in a window are scored again; merging
    /// ignores the repeat.
    /// </summary>
    private static List<(int Score, int A, int B)> StoryPairs(List<EventItem> kind, EventTraits[] traits)
    {
        var found = new List<(int Score, int A, int B)>();
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in kind)
            foreach (var actor in i.ArticleActors)
            {
                if (!blocks.TryGetValue(actor, out var list)) blocks[actor] = list = [];
                list.Add(i.Index);
            }
        var seen = new HashSet<(int, int)>();
        foreach (var (_, block) in blocks.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            if (block.Count < 2 || block.Count > StoryBlock) continue;
            for (var p = 0; p < block.Count; p++)
                for (var q = p + 1; q < block.Count; q++)
                {
                    var (a, b) = (traits[block[p]], traits[block[q]]);
                    if (a.Article == b.Article || !Coarse(a) && !Coarse(b) || !seen.Add((block[p], block[q]))) continue;
                    if (!FarEvidence(a, b)) continue;
                    if (EventPairScore.Of(a, b) is var score and > 0) found.Add((score, block[p], block[q]));
                }
        }
        return found;
    }

    /// <summary>
    /// What a pair outside the day window needs besides a story: one story holds many nominations, announcements and votes
    /// over a year, so only the same place ("in Tiananmen Square"), or the same person's death, attack or arrest, tells one apart.
    /// </summary>
    private static bool FarEvidence(EventTraits a, EventTraits b) =>
        a.Places is { } p && b.Places is { } q && EventTraits.Overlap(p, q)
        || OncePerPerson.Contains(a.Kind) && a.Kind == b.Kind && EventTraits.Overlap(a.Persons, b.Persons);

    private static readonly HashSet<string> OncePerPerson = new(StringComparer.Ordinal) { "death", "attack", "arrest", "incident", "resignation" };

    /// <summary>Undated, or dated only to the year or month: its anchor day may lie far from the day of another telling.</summary>
    private static bool Coarse(EventTraits t) => !t.Dated || t.Precision != DatePrecision.Day;

    /// <summary>The kind of a deed told without an event word (see <see cref="Extraction.Events.DatedDeeds"/>).</summary>
    public const string Generic = "event";

    /// <summary>Kinds one event may be told as: one article's "talks" are another's "meeting", one's "offensive" another's "invasion".</summary>
    public static string Family(string kind) => kind switch
    {
        // A visit is mostly told by the meetings it was made for ("when he visits Seoul" / "will host him in Seoul").
        "meeting" or "talks" or "summit" or "visit" => "gathering",
        "attack" or "invasion" => "assault",
        // A convoy is told by its leaving: "the next convoy on 25 October" is the trucks "due to leave" that Sunday.
        "convoy" or "departure" => "movement",
        _ => kind,
    };

    /// <summary>0 when the two must stay apart; otherwise how strongly they look like one event.</summary>
    public static int Score(EventItem x, EventItem y) => EventTraits.Of([x, y]) is var t ? EventPairScore.Of(t[0], t[1]) : 0;
}
