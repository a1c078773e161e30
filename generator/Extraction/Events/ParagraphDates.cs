using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A date a whole paragraph gives its events: a live blog's entry opens with the clock time it was posted ("14:32
/// BREAKING: ...", "09:05 GMT - ..."), which dates what it tells to the article's own day; a chronology line ("April 21,
/// 2026 - The presidents sign ... Their ministers sign ...") dates the sentences after its first one too.
/// </summary>
public static partial class ParagraphDates
{
    [GeneratedRegex(@"^\**(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|local time|a\.m\.|p\.m\.|am|pm)\b)?\**(?:\s*[-–—:|]\s*|\s+)(?=\S)")]
    private static partial Regex ClockStamp();

    /// <summary>The date of a live-blog entry (every sentence), else of a chronology line (its sentences after the first).</summary>
    public static (DateExpression? Stamp, DateExpression? Line) Of(DocParagraph paragraph, PartialDate? articleDate)
    {
        if (paragraph.Sentences.Length == 0) return (null, null);
        var first = paragraph.Sentences[0].Text;
        if (ClockStamp().Match(first) is { Success: true } m)
            return (articleDate is { Precision: DatePrecision.Day } day ? new DateExpression(0, m.Length, m.Value.Trim(' ', '*', '-', '–', '—', ':', '|'), day, DateReference.ArticleRelative) : null, null);
        if (paragraph.Sentences.Length == 1) return (null, null);
        var line = ChronologyLines.Line(first, () => DateExpressionParser.Find(first, articleDate, future: false));
        return (null, line?.Date);
    }

    /// <summary>The paragraph's date for one of its sentences: a stamp dates them all, a chronology line those after it.</summary>
    public static DateExpression? For(DocSentence sentence, (DateExpression? Stamp, DateExpression? Line) dates) =>
        dates.Stamp ?? (sentence.Index > 0 ? dates.Line : null);
}
