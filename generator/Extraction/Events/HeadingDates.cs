using System.Globalization;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A diary's day headings ("MONDAY 14 SEPTEMBER", "Friday, 18 September 2026"): a paragraph that is nothing but a date
/// dates the paragraphs under it, until the next heading (a date again, or a short line without a full stop such as
/// "LOOKING FURTHER AHEAD"). An event's own date in its sentence still comes first.
/// </summary>
public static partial class HeadingDates
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]+(?: \p{Lu}[\p{L}'’.\-]+){0,2}, (?=[\p{Lu}\d])")]
    private static partial System.Text.RegularExpressions.Regex PlaceFirst();

    /// <summary>
    /// The heading date in force for each paragraph (<paramref name="withPlace"/>: place-and-day lines count too, "Brussels, 5 March 2026") (by position), or null. Only a diary of two day headings or more
    /// counts: a lone date line under the title is a dateline ("Friday, December 25, 2020"), not a day of its own.
    /// </summary>
    public static DateExpression?[] Of(IReadOnlyList<DocParagraph> paragraphs, PartialDate? articleDate, bool withPlace = false)
    {
        var result = new DateExpression?[paragraphs.Count];
        var headings = paragraphs.Select(p => DateOnly(p.Text.Trim(), articleDate, withPlace)).ToArray();
        if (headings.Count(h => h is not null) < 2) return result;
        DateExpression? current = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (headings[i] is { } heading) { current = heading; continue; }
            if (paragraphs[i].IsHeading || IsHeading(paragraphs[i].Text.Trim())) current = null;
            result[i] = current;
        }
        return result;
    }

    /// <summary>The date the whole line names (a weekday, a comma or a colon aside), read in any case; null when it says more than a date.</summary>
    private static DateExpression? DateOnly(string text, PartialDate? articleDate, bool withPlace)
    {
        // "Brussels, 5 March 2026": a readout's place-and-day line, asked for, gives the day its "today" means.
        if (withPlace && PlaceFirst().Match(text) is { Success: true } place) text = text[place.Length..];
        if (text.Length is 0 or > 40 || !text.Any(char.IsDigit)) return null;
        var words = text.Trim(':', '.', '*', '#', ' ').ToLowerInvariant();
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words);
        // "Tuesday 10 March" may be read as a weekday and a date: the longest reading that names a day is the heading's.
        if (DateExpressionParser.Find(title, articleDate, future: true).Where(d => d.Date is { Precision: DatePrecision.Day }).MaxBy(d => d.Length) is not { } day) return null;
        var rest = (title[..day.Start] + title[day.End..]).Trim(' ', ',', ':', '-', '–', '—');
        if (rest.Length > 0 && !Enum.TryParse<DayOfWeek>(rest, ignoreCase: false, out _)) return null;
        return day with { Start = 0, Length = 0, Reference = DateReference.Absolute };
    }

    /// <summary>A short line without a sentence's full stop: a heading that ends the day above it.</summary>
    private static bool IsHeading(string text) =>
        text.Length is > 0 and <= 60 && !text.EndsWith('.') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !text.StartsWith('-');
}
