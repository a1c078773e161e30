using BriefingSite.Extraction.Dates;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Nouns that name an event only when their own phrase dates it (Data/events.yml, <c>dated:</c>): "from the ban in
/// mid-July", "its January 3 security alert", "the 2018 Aktau convention", "Kenya's reference to the court in early
/// August". Undated they mostly speak of a thing or a state ("the ban is hurting farmers"), so they are added to the
/// sentence's cues only after the dates went to the other cues, each taking a date no other cue took.
/// </summary>
public static partial class DatedNouns
{
    /// <summary>
    /// The cues with the dated nouns that own a date nobody took, in reading order, and each cue's date (by index in
    /// <paramref name="past"/>) renumbered for the new order.
    /// </summary>
    public static (List<EventCue> Cues, Dictionary<int, int> DateOf) Add(string text, List<EventCue> cues, Dictionary<int, int> dateOf,
        IReadOnlyList<DateExpression> past, List<(int Start, int End)> quotes)
    {
        var nouns = EventVocabulary.Shipped.DatedCues(text)
            .Where(c => !cues.Any(o => c.Start < o.End && o.Start < c.End) && !CueFilters.IsNamePart(text, c) && !EventPhrase.IsCalendarWord(c.Head)
                && !ModifiesNext(text, c) && !Counted(text, c) && !(c.Head.Equals("fire", StringComparison.OrdinalIgnoreCase) && EventPhrase.WordsBefore(text, c.Start, 1) is ["caught" or "opened" or "open" or "under" or "on" or "returned" or "cease"]))
            .ToList();
        if (nouns.Count == 0) return (cues, dateOf);
        dateOf = new Dictionary<int, int>(dateOf);
        foreach (var (i, d) in dateOf.ToList())
            if (cues[i].Start >= past[d].End && text.IndexOfAny([',', ';'], past[d].End, cues[i].Start - past[d].End) >= 0
                && nouns.Any(c => ClosesPhrase(text, c, past[d])) && !NotWhen.Contains(past[d].Text.Split(' ')[0])
                && !(EventPhrase.WordsBefore(text, past[d].Start, 1) is [var w] && NotWhen.Contains(w)))
                dateOf.Remove(i);
        // "The treaty ends a quarrel that peaked in the 2011 naval stand-off": a date inside a dated noun's own phrase after a cue
        // is that noun's, not the date of the cue before it. (Not one before the cue: "Ahead of the 2020 convention, the police
        // shooting ..." tells the shooting's year too.)
        foreach (var (i, d) in dateOf.ToList())
            if (cues[i].End <= past[d].Start && nouns.Any(c => EventWording.OwnDate(text, c, past[d])) && !EventWording.OwnDate(text, cues[i], past[d]) && !EventWording.ClauseDate(text, cues[i], past[d]))
                dateOf.Remove(i);
        var taken = dateOf.Values.ToHashSet();
        var extra = new List<(EventCue Cue, int Date)>();
        for (var d = 0; d < past.Count; d++)
        {
            var date = past[d];
            if (taken.Contains(d) || date.Date is null || date.Reference == DateReference.EventRelative) continue;
            // "extended the lockdown to May 1": a span or a deadline after the noun is not when it was.
            var span = date.Text.Split(' ')[0] is var first && NotWhen.Contains(first) || EventPhrase.WordsBefore(text, date.Start, 1) is [var w] && NotWhen.Contains(w);
            var quote = quotes.FindIndex(q => date.Start >= q.Start && date.Start <= q.End);
            // "the commemoration of the Soviets' 1945 liberation": a year after a possessive dates the noun right after it only.
            var modifierYear = EventWording.ModifierYear(text, date);
            var owner = nouns.FirstOrDefault(c => !extra.Exists(e => e.Cue == c) && quotes.FindIndex(q => c.Start >= q.Start && c.Start <= q.End) == quote
                && (!modifierYear || EventWording.OwnDate(text, c, date))
                && !cues.Any(o => Between(o, c, date))
                && (EventWording.OwnDate(text, c, date) || EventWording.ClauseDate(text, c, date) || !span && ClosesPhrase(text, c, date) || !span && During(text, c, date)
                    // "caucuses were held on February 3", "that ban was lifted in 2011": the date of the clause saying it happened.
                    || !span && ToldAsHappening(text, c) && c.End <= date.Start && date.Start - c.End <= 40 && text.IndexOfAny([',', ';', '(', ':'], c.End, date.Start - c.End) < 0));
            if (owner is not null) extra.Add((owner, d));
        }
        // "The 15-year-old ban was imposed after ...", "a fire broke out": the clause says the thing itself happened.
        foreach (var c in nouns)
            if (!extra.Exists(e => e.Cue == c) && ToldAsHappening(text, c) && !quotes.Exists(q => c.Start >= q.Start && c.Start <= q.End)) extra.Add((c, -1));
        if (extra.Count == 0) return (cues, dateOf);
        var all = cues.Select((c, i) => (Cue: c, Date: dateOf.TryGetValue(i, out var di) ? di : -1)).Concat(extra)
            .OrderBy(x => x.Cue.Start).ToList();
        var renumbered = new Dictionary<int, int>();
        for (var i = 0; i < all.Count; i++) if (all[i].Date >= 0) renumbered[i] = all[i].Date;
        return (all.Select(x => x.Cue).ToList(), renumbered);
    }

    /// <summary>Words before a date that make it a span or a deadline ("extended the lockdown to May 1"), not when the event was.</summary>
    private static readonly HashSet<string> NotWhen = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "until", "by", "from", "through", "throughout", "into", "till", "to", "before", "after",
    };

    /// <summary>Words that may follow the noun of an event: a preposition, a verb, a time ("the ban in", "the fire yesterday killed").</summary>
    private static readonly HashSet<string> FollowsEvent = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "of", "to", "by", "for", "from", "with", "against", "over", "during", "between", "was", "were", "is", "are",
        "has", "had", "have", "will", "would", "could", "that", "which", "who", "last", "this", "yesterday", "today", "and", "or",
        "but", "after", "before", "when", "as", "near", "earlier", "later", "began", "broke", "took", "came", "left", "hit", "struck",
    };

    /// <summary>"85% more wildfires in Brazil in 2019", "dozens of strikes": a counted plural is a figure, no event.</summary>
    private static bool Counted(string text, EventCue c) =>
        SentenceText.Plural(c.Head) && EventPhrase.WordsBefore(text, c.Start, 2) is [var p, var q]
        && (q is "more" or "fewer" or "many" or "several" or "of" || char.IsDigit(q[0]) && q.Length <= 3 && !EventPhrase.IsCalendarWord(p.TrimEnd(',', '.')));

    /// <summary>"free primary education", "the ban list": the noun modifies the next one and names no event of its own.</summary>
    private static bool ModifiesNext(string text, EventCue c)
    {
        var rest = text[c.End..];
        if (rest.Length < 2 || rest[0] != ' ' || !char.IsLower(rest[1])) return false;
        var word = new string(rest[1..].TakeWhile(char.IsLetter).ToArray());
        return word.Length > 0 && !FollowsEvent.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:(?:was|were|had been|has been|have been)\s+(?:first\s+|formally\s+|officially\s+)?(?:imposed|introduced|lifted|declared|signed|adopted|approved|ratified|held|launched|ordered|extended|called off|filed|lodged)|broke out|took effect|came into force|erupted)\b")]
    private static partial System.Text.RegularExpressions.Regex HappeningVerb();

    /// <summary>The noun is the subject of a verb saying it happened: "the ban was imposed", "the fire broke out".</summary>
    public static bool ToldAsHappening(string text, EventCue c) => c.DatedOnly && HappeningVerb().IsMatch(text.AsSpan()[c.End..]);

    [System.Text.RegularExpressions.GeneratedRegex(@"^,?\s+(?:during|at)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}$")]
    private static partial System.Text.RegularExpressions.Regex DuringThe();

    /// <summary>"On Wednesday during the opening ceremony of the pipeline", "yesterday at a trade fair": the day right before says when the occasion was.</summary>
    private static bool During(string text, EventCue c, DateExpression date) =>
        date.End <= c.Start && c.Start - date.End <= 40 && DuringThe().IsMatch(text.AsSpan()[date.End..c.Start]);

    /// <summary>Another cue lies between the noun and the date: the date is nearer to what that one tells.</summary>
    private static bool Between(EventCue other, EventCue noun, DateExpression date) =>
        noun.End <= date.Start ? other.Start >= noun.End && other.End <= date.Start : other.Start >= date.End && other.End <= noun.Start;

    /// <summary>"the ban in mid-July", "Kenya's reference to the court in early August": the date ends the noun's own phrase (no clause between).</summary>
    private static bool ClosesPhrase(string text, EventCue c, DateExpression date)
    {
        if (c.End > date.Start || date.Start - c.End > 40) return false;
        var between = text[c.End..date.Start];
        return between.IndexOfAny([',', ';', '(', ':', '"', '“', '”']) < 0
            && !between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w is "which" or "who" or "that" or "when" or "was" or "were" or "is" or "are"
                or "has" or "have" or "had" or "will" or "would" or "its" or "since" or "and" or "but" or "after" or "before" or "until" or "by");
    }
}
