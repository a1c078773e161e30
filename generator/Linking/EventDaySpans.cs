using System.Text.RegularExpressions;

namespace BriefingSite.Linking;

/// <summary>
/// The days of one month a date's words span, named with the month: "May 20 and 21", "20-21 May", "June 3 to 5". Such
/// an event is dated by its month, yet its days are known: a telling to another day of that month is another event.
/// </summary>
internal static class EventDaySpans
{
    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?";
    private const string Ordinal = @"(?:st|nd|rd|th)?";
    private const string Between = @"\s*(?:-|–|and|to|through)\s*";

    private static readonly Regex Span = new(
        $@"\b{Month}\s+(?<a>\d{{1,2}}){Ordinal}{Between}(?<b>\d{{1,2}}){Ordinal}\b|\b(?<a>\d{{1,2}}){Ordinal}{Between}(?<b>\d{{1,2}}){Ordinal}\s+{Month}(?![a-z])",
        RegexOptions.CultureInvariant);

    /// <summary>The first and last day of the span the words name, or null when they name none.</summary>
    public static (int First, int Last)? Of(string? dateText)
    {
        if (dateText is null || Span.Match(dateText) is not { Success: true } m) return null;
        int a = int.Parse(m.Groups["a"].Value), b = int.Parse(m.Groups["b"].Value);
        return a >= 1 && a < b && b <= 31 ? (a, b) : null;
    }
}
