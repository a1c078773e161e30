using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A list whose items each pair a name with a date, after an event dated by the first of them, tells one event per item
/// with its verb left out: "outbreaks were declared in Ostria on 6 February, Velland on 22 October, and Karsk on 8
/// December"; "the envoy visits Lumo on 3 May, Sarna on 9 May and Tiva on 14 May". Each item is the event's kind again,
/// at the place it names. Only names written with capitals and dates of the first one's precision make items, and an
/// item ends the clause or the list ("Ostria on Monday said ..." is a saying, not an item).
/// </summary>
public static partial class ElidedLists
{
    /// <summary>Between the date before and an item's date: a comma, "and", the item's name (up to four capitalised words), "on"/"in".</summary>
    [GeneratedRegex(@"^(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:in|to)\s+)?(?<name>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:(?:on|in)\s+)?$")]
    private static partial Regex Item();

    /// <summary>What may follow an item's date: the end of the sentence, a comma, a semicolon, "and" (the next item).</summary>
    [GeneratedRegex(@"^\s*(?:$|[,;.]|and\b)")]
    private static partial Regex ItemEnd();

    /// <summary>
    /// The items after <paramref name="first"/>, the date the event at <paramref name="cueEnd"/> took: each its name's
    /// position and text and its date; none when no such list follows. <paramref name="taken"/> are where the dates other cues took start.
    /// </summary>
    public static List<(int Start, string Name, DateExpression Date)> Items(string text, int cueEnd, DateExpression? first, IReadOnlyList<DateExpression> dates, IReadOnlySet<int> taken)
    {
        var result = new List<(int, string, DateExpression)>();
        if (first?.Date is not { } firstDate || first.Start < cueEnd || first.Reference == DateReference.EventRelative) return result;
        var last = first;
        foreach (var d in dates.Where(d => d.Start >= first.End).OrderBy(d => d.Start))
        {
            if (taken.Contains(d.Start) || d.Date is not { } day || d.Reference == DateReference.EventRelative || day.Precision != firstDate.Precision) break;
            var item = Item().Match(text[last.End..d.Start]);
            if (!item.Success || !ItemEnd().IsMatch(text.AsSpan(d.End).ToString())) break;
            var name = item.Groups["name"];
            if (EventPhrase.IsCalendarWord(name.Value.Split(' ')[^1])) break;
            result.Add((last.End + name.Index, name.Value.StartsWith("the ", StringComparison.Ordinal) ? name.Value[4..] : name.Value, d));
            last = d;
        }
        return result;
    }
}
