using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A counted plural event noun followed by a list of dates is one event per date: "two telephone calls, on 3 May and
/// again on 9 June", "three rounds of meetings, in March, in May and in July". The first date is the one the noun
/// already took; the others follow it, joined by commas, "and" or "again", each no more than the count allows.
/// </summary>
public static partial class CountedDates
{
    [GeneratedRegex(@"^(?:two|three|four|five|both|2|3|4|5)$", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    /// <summary>What may stand between two dates of one list: a comma, "and", "again", "then", "later", a preposition.</summary>
    [GeneratedRegex(@"^[\s,]*(?:(?:and|as well as)\s+)?(?:(?:again|then|later|once more)\s+)?(?:(?:on|in)\s+)?$")]
    private static partial Regex Between();

    /// <summary>One event of the list, told in the singular: the modifiers after the count ("took two telephone" -> "telephone"), the head without its plural.</summary>
    public static (EventCue Cue, string Modifiers) Singular(EventCue cue, string modifiers)
    {
        var words = modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.FindIndex(words, Count().IsMatch);
        var head = cue.Head.EndsWith('s') ? cue.Head[..^1] : cue.Head;
        return (cue with { Head = head }, string.Join(' ', words.Skip(at + 1)));
    }

    private static int CountOf(string word) => word.ToLowerInvariant() switch
    {
        "two" or "both" or "2" => 2,
        "three" or "3" => 3,
        "four" or "4" => 4,
        _ => 5,
    };

    /// <summary>
    /// The dates after <paramref name="first"/> that make further events of the counted plural <paramref name="cue"/>
    /// (its noun phrase starting at <paramref name="npStart"/>); none when the noun is not counted or no list follows.
    /// <paramref name="taken"/> are where the dates other cues of the sentence took start.
    /// </summary>
    public static List<DateExpression> Others(string text, EventCue cue, int npStart, DateExpression? first, IReadOnlyList<DateExpression> dates, IReadOnlySet<int> taken)
    {
        var result = new List<DateExpression>();
        if (cue.IsVerb || cue.Name is not null || first?.Date is null || !SentenceText.Plural(cue.Head) || first.Start < cue.End) return result;
        var counted = text[npStart..cue.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(Count().IsMatch)
            ?? (EventPhrase.WordsBefore(text, npStart, 1) is [var w] && Count().IsMatch(w) ? w : null);
        if (counted is null) return result;
        var max = CountOf(counted);
        var last = first;
        foreach (var d in dates.Where(d => d.Start >= first.End).OrderBy(d => d.Start))
        {
            if (result.Count + 1 >= max) break;
            // "three meetings this year, in March and in June": a date of another precision frames the list, it is no item of it.
            if (taken.Contains(d.Start) || d.Date is null || d.Reference == DateReference.EventRelative || d.Date.Value.Precision != first.Date.Value.Precision
                || !Between().IsMatch(text.AsSpan()[last.End..d.Start])) break;
            result.Add(d);
            last = d;
        }
        return result;
    }
}
