using BriefingSite.Extraction.Events;
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

    /// <summary>What scoring compares, worked out once per item rather than once per pair.</summary>
    private sealed class Traits(EventItem item)
    {
        public readonly EventItem Item = item;
        public readonly int? Day = item.AnchorDay?.DayNumber;
        public readonly HashSet<string>? PlaceWords = item.Mention.Place is { } p ? SentenceEventReader.ProperWords(p).ToHashSet(StringComparer.Ordinal) : null;
        public readonly HashSet<string> Words = item.Mention.Words.ToHashSet(StringComparer.Ordinal);
        public readonly HashSet<string> People = item.Participants.ToHashSet(StringComparer.Ordinal);
        public readonly HashSet<string> Story = item.ArticleActors.ToHashSet(StringComparer.Ordinal);
        public readonly bool Venue = item.Mention.Place is { } p && ArticleEventGatherer.IsVenue(p);
    }

    public static List<List<EventItem>> Cluster(IReadOnlyList<EventItem> items)
    {
        var pairs = new List<(int Score, int A, int B)>();
        var traits = items.Select(i => new Traits(i)).ToArray();
        foreach (var kind in items.GroupBy(i => Family(i.Mention.Kind), StringComparer.Ordinal))
        {
            foreach (var named in kind.Where(i => i.Mention.Name is not null).GroupBy(i => i.Mention.Name!, StringComparer.OrdinalIgnoreCase))
            {
                var list = named.ToList();
                for (var k = 1; k < list.Count; k++) pairs.Add((100, list[0].Index, list[k].Index));
            }
            var timed = kind.Where(i => traits[i.Index].Day is not null).Select(i => traits[i.Index])
                .OrderBy(t => t.Day).ThenBy(t => t.Item.Index).ToList();
            // Scoring is pure, and the pairs are sorted completely below, so the windows are scored in parallel.
            pairs.AddRange(Enumerable.Range(0, timed.Count).AsParallel().SelectMany(a => WindowPairs(timed, a)));
        }
        var parent = Enumerable.Range(0, items.Count).ToArray();
        var articles = items.Select(i => new HashSet<string>(StringComparer.Ordinal) { i.Article.Slug }).ToArray();
        var members = items.Select(i => new List<int> { i.Index }).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        pairs.Sort((p, q) => p.Score != q.Score ? q.Score.CompareTo(p.Score) : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        foreach (var (score, a, b) in pairs)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb || articles[ra].Overlaps(articles[rb])) continue;
            // Every mention of the merged event must look like every other (no chains: A like B, B like C, A unlike C).
            if (score < 100 && !members[ra].All(x => members[rb].All(y => Score(traits[x], traits[y]) > 0))) continue;
            parent[rb] = ra;
            articles[ra].UnionWith(articles[rb]);
            members[ra].AddRange(members[rb]);
        }
        return items.GroupBy(i => Find(i.Index)).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    /// <summary>The pairs item <paramref name="a"/> of a block forms with the later items of its window that score above zero.</summary>
    private static List<(int Score, int A, int B)> WindowPairs(List<Traits> timed, int a)
    {
        var found = new List<(int Score, int A, int B)>();
        for (var b = a + 1; b < timed.Count && timed[b].Day!.Value - timed[a].Day!.Value <= WindowDays; b++)
            if (Score(timed[a], timed[b]) is var s and > 0) found.Add((s, timed[a].Item.Index, timed[b].Item.Index));
        return found;
    }

    /// <summary>Kinds one event may be told as: one article's "talks" are another's "meeting", one's "offensive" another's "invasion".</summary>
    public static string Family(string kind) => kind switch
    {
        "meeting" or "talks" or "summit" => "gathering",
        "attack" or "invasion" => "assault",
        _ => kind,
    };

    /// <summary>0 when the two must stay apart; otherwise how strongly they look like one event.</summary>
    public static int Score(EventItem x, EventItem y) => Score(new Traits(x), new Traits(y));

    private static int Score(Traits tx, Traits ty)
    {
        EventItem x = tx.Item, y = ty.Item;
        if (x.Article.Slug == y.Article.Slug) return 0;
        EventMention a = x.Mention, b = y.Mention;
        if (a.Name is { } na && b.Name is { } nb && !string.Equals(na, nb, StringComparison.OrdinalIgnoreCase)) return 0;
        if ((a.Body is null) != (b.Body is null) || (a.Body is not null && !string.Equals(a.Body, b.Body, StringComparison.OrdinalIgnoreCase))) return 0;
        var placesOverlap = tx.PlaceWords is { } p && ty.PlaceWords is { } q && p.Overlaps(q);
        // A venue ("African Union Commission headquarters") may lie in a city: only places of one kind conflict.
        if (tx.PlaceWords is not null && ty.PlaceWords is not null && !placesOverlap && tx.Venue == ty.Venue) return 0;
        if (ReportedBeforePlanned(x, y) || ReportedBeforePlanned(y, x)) return 0;
        if (ArticleEventGatherer.Disjoint(x.Hosts, y.Hosts) || ArticleEventGatherer.Disjoint(a.Topics, b.Topics)) return 0;
        // The evidence a pair needs, from its dates; pairs whose dates already keep them apart are not compared further.
        int needed;
        switch (a.Date, b.Date)
        {
            case ({ } da, { } db):
                if (!ArticleEventGatherer.SameAtCommonPrecision(da, db)) return 0;
                needed = da.Precision == DatePrecision.Day && db.Precision == DatePrecision.Day ? 1 : Needed(da, db);
                // One pair of sides fights one war in a year: the year and the same story are enough.
                if (Family(a.Kind) is "war" or "assault" && a.Kind != "attack" && b.Kind != "attack") needed = Math.Min(needed, 3);
                break;
            // One side undated: it must come from the same story or share a participant ("the Supreme Court later ruled" of an American article is not a Scottish ruling).
            case ({ } d, null):
                if (!Ahead(y, b, d) || Common(tx.Story, ty.Story) == 0 && Common(tx.People, ty.People) == 0) return 0;
                needed = Needed(d, d);
                break;
            case (null, { } d):
                if (!Ahead(x, a, d) || Common(tx.Story, ty.Story) == 0 && Common(tx.People, ty.People) == 0) return 0;
                needed = Needed(d, d);
                break;
            default:
                // Undated on both sides: only inside one story ("the Supreme Court ruling" of a British and of an American article are two).
                if (Common(tx.Story, ty.Story) < 2) return 0;
                needed = 5;
                break;
        }
        var place = placesOverlap ? 1 : 0;
        var topic = Overlap(a.Topics, b.Topics) ? 2 : 0;
        var dated = a.Date is not null && b.Date is not null;
        // "a cooperation agreement" in one article is "the 2012 Cooperation Agreement" of another: the name in other words.
        var named = NamedAlike(a, b) || NamedAlike(b, a) ? 3 : 0;
        // Most pairs of a block share too little to merge: the most the sets could add decides that before they are intersected.
        var most = 3 * Math.Min(tx.Words.Count, ty.Words.Count) + 2 * Math.Min(tx.People.Count, ty.People.Count) + 2 * place + topic + named + (dated ? 3 : 0);
        if (most < needed) return 0;
        var words = Common(tx.Words, ty.Words);
        var people = Common(tx.People, ty.People);
        // Articles about the same distinctive actors (see EventLinker) likely tell the same story: evidence for dated mentions,
        // stronger evidence needed for a year alone ("the 2020 election" of two articles may be two of that year's elections).
        var story = dated && Common(tx.Story, ty.Story) >= (a.Date!.Value.Precision == DatePrecision.Year || b.Date!.Value.Precision == DatePrecision.Year ? 3 : 2) ? 3 : 0;
        var evidence = 3 * words + 2 * people + 2 * place + topic + story + named;
        if (evidence < needed) return 0;
        return a.Date is { Precision: DatePrecision.Day } && b.Date is { Precision: DatePrecision.Day } ? evidence + 3 : evidence;
    }

    private static bool Overlap(System.Collections.Immutable.ImmutableArray<string> a, System.Collections.Immutable.ImmutableArray<string> b)
    {
        foreach (var s in a)
            foreach (var t in b)
                if (string.Equals(s, t, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool NamedAlike(EventMention named, EventMention other)
    {
        if (named.Name is not { } name || other.Name is not null) return false;
        var words = string.Join(' ', name.Split(' ').Where(w => !w.Any(char.IsDigit))).ToLowerInvariant();
        return words.Contains(' ') && other.Title.ToLowerInvariant().Contains(words, StringComparison.Ordinal);
    }

    /// <summary>
    /// An article that still speaks of an event as to come cannot be speaking of one an older article already reported:
    /// "will meet" on the 25th is another meeting than the one reported on the 20th.
    /// </summary>
    private static bool ReportedBeforePlanned(EventItem report, EventItem plan) =>
        !report.Mention.Planned && plan.Mention.Planned && report.Article.Date?.ToDateOnly() is { } reported
        && plan.Article.Date?.ToDateOnly() is { } planned && reported < planned;

    /// <summary>A year says little: a site about one election year has many "2020" votes, so a year-only date needs twice the evidence.</summary>
    private static int Needed(PartialDate a, PartialDate b) => a.Precision == DatePrecision.Year || b.Precision == DatePrecision.Year ? 6 : 3;

    private static int Common(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var n = 0;
        foreach (var s in a) if (b.Contains(s)) n++;
        return n;
    }

    /// <summary>An undated mention matches a dated event only when its article could have been speaking of it: a preview before the day, a report after it.</summary>
    private static bool Ahead(EventItem undated, EventMention m, PartialDate eventDate)
    {
        if (undated.Article.Date?.ToDateOnly() is not { } written || eventDate.ToDateOnly() is not { } day) return !m.Planned;
        var gap = day.DayNumber - written.DayNumber;
        return m.Planned ? gap is >= 0 and <= WindowDays : gap is <= 0 and >= -WindowDays;
    }
}
