using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>Which date of a sentence belongs to which event cue, and how a date the wording leaves open is read.</summary>
public static partial class CueDating
{
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")]
    public static partial System.Text.RegularExpressions.Regex SpeakersDay();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:said|says|told|tells|reported|claimed|alleged|confirmed)\b")]
    private static partial System.Text.RegularExpressions.Regex SaidBetween();

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "stated", "confirmed", "noted", "wrote", "announced", "warned", "argued",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?i:today|tonight|this morning|this afternoon|this evening)$")]
    private static partial System.Text.RegularExpressions.Regex Today();

    /// <summary>The sentence's dates with "today", "this morning" read as <paramref name="day"/>: the day a paragraph is written under.</summary>
    public static IReadOnlyList<DateExpression> TodayIs(IReadOnlyList<DateExpression> dates, PartialDate day) =>
        dates.Select(d => d.Reference == DateReference.ArticleRelative && Today().IsMatch(d.Text) ? d with { Date = day } : d).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"^, (?:after|following|amid|despite) ")]
    private static partial System.Text.RegularExpressions.Regex IntroAdverbial();

    public static bool Trailing(DateExpression r) =>
        r.Text.EndsWith("later", StringComparison.OrdinalIgnoreCase) || r.Text.EndsWith("earlier", StringComparison.OrdinalIgnoreCase)
        || r.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !r.Text.EndsWith("after", StringComparison.OrdinalIgnoreCase) && !r.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase);

    /// <summary>When the wording gives no tense ("the September exercise"), a date without a year is the one nearer the article's date.</summary>
    public static DateExpression Nearer(DateExpression past, DateExpression? ahead, PartialDate? articleDate)
    {
        if (ahead?.Date is not { } a || past.Date is not { } p || articleDate is not { } d) return past;
        static int Months(PartialDate x, PartialDate y) => Math.Abs((x.Year * 12 + Math.Max(1, x.Month)) - (y.Year * 12 + Math.Max(1, y.Month)));
        return Months(a, d) < Months(p, d) ? ahead : past;
    }


    /// <summary>A day given without its year that reads as a few weeks before the article or as the same day almost a year after it: the recent one.</summary>
    public static bool RecentNotNextYear(DateExpression past, DateExpression ahead, PartialDate? articleDate)
    {
        if (past.Date?.ToDateOnly() is not { } p || ahead.Date?.ToDateOnly() is not { } a || articleDate?.ToDateOnly() is not { } d) return false;
        return a.Year == p.Year + 1 && a.Month == p.Month && a.Day == p.Day
            && d.DayNumber - p.DayNumber is >= 0 and <= 45 && a.DayNumber - d.DayNumber > 300;
    }

    /// <summary>"a joint exercise under the memorandum in September": a phrase only pointing back at an event cannot take the date.</summary>
    public static bool IsReferringPhrase(string text, EventCue c)
    {
        if (c.IsVerb || c.Name is not null) return false;
        var start = EventPhrase.ModifierStart(text, c);
        if (start != c.Start) return false;
        return EventPhrase.WordsBefore(text, start, 2) is [var prep, "the" or "this" or "that"] && prep is "under" or "of" or "from" or "per" or "by" or "with";
    }

    /// <summary>"the coup in Niger on 26 July 2023": the date closes the cue's own phrase (not "the crash of the plane, which was built in 1977").</summary>
    private static bool DatesItsOwnPhrase(string text, EventCue c, DateExpression date)
    {
        if (c.End > date.Start || date.Start - c.End > 40) return false;
        var between = text[c.End..date.Start];
        return between.IndexOfAny([',', ';', '(', ':']) < 0
            && !between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w is "which" or "who" or "that" or "when" or "was" or "were" or "is" or "are" or "its" or "since");
    }

    /// <summary>
    /// Each date goes to the closest cue, preferring one before it ("the meeting on Thursday"); a date right after a speech verb
    /// dates the speaking, not an event. A date inside the cue's own noun phrase ("the August 2 resignation", "Sunday's
    /// election") is always its own. A date inside a quotation dates only what the same quotation speaks of: a speaker's
    /// "today" is not the day of the speech the article reports.
    /// </summary>
    public static Dictionary<int, int> AttachDates(string text, List<EventCue> cues, IReadOnlyList<DateExpression> dates, List<(int Start, int End)> quotes)
    {
        int QuoteOf(int position) => quotes.FindIndex(q => position >= q.Start && position <= q.End);
        var result = new Dictionary<int, int>();
        var best = new Dictionary<int, int>();
        for (var d = 0; d < dates.Count; d++)
        {
            var date = dates[d];
            if (date.Reference == DateReference.EventRelative) continue;
            // "agreed to raise spending to 5% by 2035": a deadline is not when anything happened.
            if (date.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || date.Text.StartsWith("until ", StringComparison.OrdinalIgnoreCase)) continue;
            var before = EventPhrase.WordsBefore(text, date.Start, 1);
            // ... unless a relative clause dates a noun with it: "the sanctions that it announced last May".
            if (before.Length == 1 && SpeechVerbs.Contains(before[0]) && !cues.Any(c => EventWording.ClauseDate(text, c, date))) continue;
            // "expect the negotiations to continue well into next year": how long something lasts, not when it happens.
            if (before is ["until"] or ["by"] or ["Until"] or ["By"] or ["into"] or ["through"] or ["throughout"]) continue;
            var bestCue = -1;
            var bestScore = int.MaxValue;
            // "In October 2022, after two years of indirect talks ..., Lebanon and Israel exchanged letters": a date opening the
            // sentence dates its main clause, not the adverbial between them.
            var adverbialEnd = text[..date.Start].Trim() is "" or "In" or "On" && IntroAdverbial().Match(text[date.End..]) is { Success: true } adv
                && text.IndexOf(", ", date.End + adv.Length, StringComparison.Ordinal) is var advEnd and > 0 ? advEnd : -1;
            // "The split began with the coup in Niger on 26 July 2023": a phrase pointing back takes the date when no other event can.
            for (var pass = 0; pass < 2 && bestCue < 0; pass++)
                for (var i = 0; i < cues.Count; i++)
                {
                    var c = cues[i];
                    if (pass == 0 ? IsReferringPhrase(text, c) : !DatesItsOwnPhrase(text, c, date)) continue;
                    if (c.Start > date.End && c.Start < adverbialEnd) continue;
                    // "On Wednesday, the government said Navalny was poisoned": the day is the saying's, not the reported event's.
                    if (c.Start >= date.End && SaidBetween().IsMatch(text[date.End..c.Start])) continue;
                    if (QuoteOf(date.Start) is var q and >= 0 && QuoteOf(c.Start) != q) continue;
                    var score = EventWording.OwnDate(text, c, date) || EventWording.ClauseDate(text, c, date) ? -1 : c.End <= date.Start ? date.Start - c.End : c.Start >= date.End ? c.Start - date.End + 40 : 0;
                    if (score < bestScore) { bestScore = score; bestCue = i; }
                }
            if (bestCue < 0 || bestScore > 150) continue;
            if (!best.TryGetValue(bestCue, out var prevScore) || bestScore < prevScore)
            {
                best[bestCue] = bestScore;
                result[bestCue] = d;
            }
        }
        return result;
    }
}
