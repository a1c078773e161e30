using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Dates at the head of a line: a wire dateline's filing day ("BISHKEK, April 20 (Kabar) – "), which dates nothing in
/// the story, and a chronology line's date ("March 30, 2026 - Talks ... collapse"), which dates every event on the line.
/// </summary>
public static partial class ChronologyLines
{
    [GeneratedRegex(@"^(?:[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-3]?\d(?:, (?:19|20)\d\d)?(?: \([A-Za-z][\w .&/-]{0,30}\))?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-3]?\d(?:, (?:19|20)\d\d)? \([A-Za-z][\w .&/-]{0,30}\)) ?(?:[–—]|--?) ")]
    private static partial Regex DatedDateline();

    /// <summary>Length of a wire dateline that carries the filing day ("BISHKEK, April 20 (Kabar) – ", "April 22 (Reuters) - "), else 0.</summary>
    public static int DatelineEnd(string text) => DatedDateline().Match(text) is { Success: true } m ? m.Length : 0;

    [GeneratedRegex(@"^(?<date>(?:19|20)\d\d-[01]\d-[0-3]\d|(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (?:[0-3]?\d,? )?|[0-3]?\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* )?(?:19|20)\d\d)\s*(?:[–—:]|--?)\s+(?=[A-Z])")]
    private static partial Regex ChronologyPrefix();

    /// <summary>A sentence that opens with a date and a dash or colon ("March 30, 2026 - Talks ... collapse", "1975: ...", "2026-03-27: ..."): a line of a chronology.</summary>
    public static (DateExpression Date, int ClauseStart)? Line(string text, IReadOnlyList<DateExpression> dates) => Line(text, () => dates);

    /// <summary>
    /// As <see cref="Line(string, IReadOnlyList{DateExpression})"/>, reading the sentence's dates only when it opens like a line
    /// of a chronology: nearly none does, and finding a sentence's dates is one of extraction's costlier steps.
    /// </summary>
    public static (DateExpression Date, int ClauseStart)? Line(string text, Func<IReadOnlyList<DateExpression>> datesOf)
    {
        if (ChronologyPrefix().Match(text) is not { Success: true } m) return null;
        var dates = datesOf();
        var at = m.Groups["date"];
        var date = dates.FirstOrDefault(d => d.Start == 0 && d.End <= at.Length && d.Date is not null)
            ?? (at.Length == 4 ? new DateExpression(0, 4, at.Value, PartialDate.OfYear(int.Parse(at.Value, System.Globalization.CultureInfo.InvariantCulture)), DateReference.Absolute) : null);
        return date is null ? null : (date, m.Length);
    }

    /// <summary>The event a chronology line tells in its own words: its clause up to the first comma, at most twelve words.</summary>
    public static EventCandidate Event(string text, int paragraph, DocSentence sentence, (DateExpression Date, int ClauseStart) line, IReadOnlyList<SentenceEventReader.Participant> participants, IReadOnlyList<DateExpression> dates)
    {
        var clause = text[line.ClauseStart..];
        var cut = clause.IndexOfAny([',', ';', '.', '(']);
        if (cut > 0) clause = clause[..cut];
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12) clause = string.Join(' ', words.Take(12));
        var title = words.Length > 12 ? string.Join(' ', ClauseTitles.Shorten(words, 12)) : clause;
        var cue = new EventCue("event", line.ClauseStart, clause.Length, clause, true);
        var who = participants.Where(p => p.Start >= line.ClauseStart && p.Start < line.ClauseStart + clause.Length).ToList();
        var (place, _) = EventPhrase.PlaceIn(text, line.ClauseStart, text.Length, pos => dates.Any(d => pos >= d.Start && pos < d.End));
        return new EventCandidate(cue, title.Length > 0 ? title : clause, 2, line.Date.Date, line.Date.Text, null, Tense.Past, place,
            who.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(), SentenceEventReader.ProperWords($"{clause} {place}"), null, false,
            new EventSpan(paragraph, sentence.Index, sentence.Start + line.ClauseStart, clause.Length))
        {
            Agents = who.Where(p => p.Start < line.ClauseStart + 40).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
        };
    }
}
