using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>The place an event phrase names ("at NATO headquarters in Brussels"), names after a cue, and calendar words that are no place.</summary>
public static partial class EventPhrase
{
    [GeneratedRegex(@"\b(?:at|in|inside) (?:the )?(?<place>[A-Z][\w’'.-]*(?:(?: (?:of|de|du))? [A-Z][\w’'.-]*)*(?: (?:headquarters|Headquarters|HQ))?)")]
    private static partial Regex PlaceAfterPreposition();

    /// <summary>Places named after the cue within its own part of the sentence ("at NATO headquarters in Brussels" → "NATO headquarters, Brussels").</summary>
    public static (string? Place, int Start) PlaceIn(string text, int from, int to, Func<int, bool> isDate)
    {
        var parts = new List<string>();
        var first = -1;
        // "an early start to talks, but there is scepticism in France": the place of another clause.
        if (text.IndexOf(", but ", from, StringComparison.Ordinal) is var but and >= 0 && but < to) to = but;
        foreach (Match m in PlaceAfterPreposition().Matches(text[..to], from))
        {
            if (isDate(m.Groups["place"].Index)) continue;
            var place = m.Groups["place"].Value.Trim().TrimEnd('.');
            if (place.Length < 2 || IsCalendarWord(place) || place.EndsWith("’s", StringComparison.Ordinal) || place.EndsWith("'s", StringComparison.Ordinal)) continue;
            // "Organization for Security and Cooperation in Europe": a capitalised word before "in" means a name goes on.
            var before = text[..m.Index].TrimEnd();
            if (m.Value.StartsWith("in ", StringComparison.Ordinal) && before.Length > 0 && char.IsUpper(LastWord(before)[0]) && !before.EndsWith(',')) continue;
            if (parts.Count > 0 && m.Index > first + 80) break;
            // "in the Belarusian capital": a capitalised adjective before a common noun is no place.
            var rest = text[(m.Groups["place"].Index + m.Groups["place"].Length)..].TrimStart();
            var next = rest.Split(' ', 2)[0];
            // "in the Ethiopian capital" names a city by its country.
            // "in the Ethiopian capital, Addis Ababa": the city's own name when the text gives it.
            if (next == "capital," && place.EndsWith('n') && AppositiveName().Match(rest[next.Length..]) is { Success: true } named) place = named.Groups["name"].Value;
            else if (next.TrimEnd(',', '.', ';') == "capital" && place.EndsWith('n')) place += " capital";
            else if (next.Length > 0 && char.IsLower(next[0]) && !FollowsPlace.Contains(next.TrimEnd(',', '.', ';'))) continue;
            if (first < 0) first = m.Index;
            parts.Add(place);
        }
        return parts.Count == 0 ? (null, -1) : (string.Join(", ", parts.Distinct(StringComparer.Ordinal)), first);
    }

    private static readonly HashSet<string> FollowsPlace = new(StringComparer.Ordinal)
    {
        "to", "on", "in", "at", "for", "and", "with", "where", "when", "as", "after", "before", "during", "last", "this", "that",
        "which", "is", "was", "were", "are", "will", "on", "by", "from", "since", "until", "earlier", "later", "today", "yesterday",
        "tomorrow", "but", "or", "amid", "while", "over", "ahead", "said", "says", "had", "has", "have", "next",
    };

    private static string LastWord(string s) => s[(s.LastIndexOf(' ') + 1)..] is { Length: > 0 } w ? w : " ";

    /// <summary>The run of capitalised words right after <paramref name="from"/> ("Beijing", "New Delhi") and where it starts.</summary>
    public static (int Start, string Name)? NameAfter(string text, int from)
    {
        var m = NameRun().Match(text, from);
        return m.Success ? (m.Groups["name"].Index, m.Groups["name"].Value) : null;
    }

    [GeneratedRegex(@"\G\s+(?<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})")]
    private static partial Regex NameRun();

    public static bool IsCalendarWord(string place) => IsCalendarWord(place.AsSpan());

    public static bool IsCalendarWord(ReadOnlySpan<char> place)
    {
        // The first word, without its trailing full stops ("Jan." as "Jan"): looked up without making a string of it.
        var first = place;
        if (first.IndexOf(' ') is var space and >= 0) first = first[..space];
        return CalendarWords.Contains(first.TrimEnd('.'));
    }

    /// <summary>Weekdays, months and the months' abbreviations of three letters or more.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords = new HashSet<string>(
        PartialDate.WeekdayNames.Concat(PartialDate.MonthNames).Concat(["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]),
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
