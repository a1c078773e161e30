using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// One article speaks of one election of a type in a year: "the 2030 Ruritanian presidential election" and, two paragraphs
/// on, "the 2030 presidential election" are one election, whoever the sentences say took part in it (a candidate, the
/// parties that nominate). The type is what the titles call it in common words ("presidential"), the same on both sides;
/// both are dated to the year alone (a round held on a day is told by its day).
/// </summary>
internal static class TypedElections
{
    public static bool Same(string kind, string title, PartialDate? date, string otherKind, string otherTitle, PartialDate? otherDate) =>
        kind == "election" && otherKind == "election"
        && date is { Precision: DatePrecision.Year } a && otherDate is { Precision: DatePrecision.Year } b && a.Year == b.Year
        && Type(title) is { Count: > 0 } x && Type(otherTitle) is var y && x.SetEquals(y);

    /// <summary>The title's words in lower case, without numbers, names (capitalised words) or the noun itself.</summary>
    private static HashSet<string> Type(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in title.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim('.', ',', '\'', '’', '"', '“', '”', '(', ')');
            if (w.Length == 0 || char.IsUpper(w[0]) || w.Any(char.IsDigit) || w is "election" or "elections") continue;
            words.Add(w);
        }
        return words;
    }
}
