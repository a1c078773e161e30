namespace BriefingSite.Linking;

/// <summary>
/// A ban and a ruling are two families, never in one block, yet one body's ban on a person is that body's ruling against
/// the person: "the Disciplinary Tribunal banned runner X for four years" of one article is "the Tribunal's ruling in March
/// against X" of another. Only when both name that person and one names the body that decided as taking part, whose name
/// the other says too ("Tribunal"): a federation's ban on a person and a criminal court's ruling on that person are two.
/// </summary>
internal static class EventRulings
{
    public static bool Ruling(EventTraits ruling, EventTraits ban) =>
        ruling.Kind == "decision" && ban.Kind == "sanctions" && EventTraits.Overlap(ruling.Persons, ban.Persons)
        && (EventTraits.Overlap(ruling.BodyWords, ban.Words) || EventTraits.Overlap(ban.BodyWords, ruling.Words));

    /// <summary>Each ruling naming a person paired with the bans of other articles naming that person, found in a table by person.</summary>
    public static List<(int Score, int A, int B)> Pairs(EventTraits[] traits)
    {
        var found = new List<(int Score, int A, int B)>();
        var bans = new Dictionary<int, List<EventTraits>>();
        foreach (var t in traits)
            if (t.Kind == "sanctions")
                foreach (var p in t.Persons)
                {
                    if (!bans.TryGetValue(p, out var list)) bans[p] = list = [];
                    list.Add(t);
                }
        if (bans.Count == 0) return found;
        var seen = new HashSet<(int, int)>();
        foreach (var t in traits)
            if (t.Kind == "decision")
                foreach (var p in t.Persons)
                    if (bans.TryGetValue(p, out var list))
                        foreach (var b in list)
                        {
                            if (b.Article == t.Article) continue;
                            var (x, y) = t.Item.Index < b.Item.Index ? (t, b) : (b, t);
                            if (seen.Add((x.Item.Index, y.Item.Index)) && EventPairScore.Of(x, y) is var score and > 0) found.Add((score, x.Item.Index, y.Item.Index));
                        }
        return found;
    }
}
