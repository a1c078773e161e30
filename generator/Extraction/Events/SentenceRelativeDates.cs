using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// The dates one sentence ties between its events, once <see cref="SentenceEventReader"/> has read them: what is done at
/// an event the article already spoke of ("a memorandum signed at the same summit") happens on that event's day, and
/// "two days later", "the day before" place one event from another. Candidates dated from the sentence's own anchor are
/// rewritten in <paramref name="result"/>; the ties between two candidates are returned for the article to resolve.
/// </summary>
public static partial class SentenceRelativeDates
{
    /// <summary>Between an event and the earlier event it was done at: "signed at", "agreed during", "at" (no clause of its own).</summary>
    [GeneratedRegex(@"^[^.;:,“""()]{0,40}?\b(?:at|during)(?:\s+(?:the|that|this))?(?:\s+same)?\s*$")]
    private static partial Regex DoneAt();

    /// <summary>"This comes a week after", "The move came two days after": the sentence's subject is the event just told of.</summary>
    [GeneratedRegex(@"^(?:This|It|That|The\s+[a-z]+)\s+(?:comes|came|follows|followed)\s+(?:just\s+|only\s+|about\s+)?$")]
    private static partial Regex ComesAfter();

    /// <summary>", the region is still working out": a main clause in the present after a sentence-opening "Three days after ...".</summary>
    [GeneratedRegex(@"^[^,;:.]*,\s+(?:[\w’'-]+\s+){1,5}?(?:is|are|remains|remain|has|have)\s+(?:still\s+)?[a-z]")]
    private static partial Regex PresentMainClause();

    /// <summary>
    /// The day a count before the day of writing gives, at the precision the count has: "Three days after" a day, "Three weeks
    /// after" only its month ("Three weeks after the dam gave way", written on 24 May, is May, not 3 May).
    /// </summary>
    private static PartialDate Counted(DateOnly day, string words) =>
        words.Contains("week", StringComparison.OrdinalIgnoreCase) || words.Contains("month", StringComparison.OrdinalIgnoreCase)
            ? PartialDate.OfMonth(day.Year, day.Month) : PartialDate.FromDateOnly(day);

    /// <summary>Between a deed and a count of days: its object's words, no punctuation and no conjunction opening a clause of its own.</summary>
    [GeneratedRegex(@"^[^.;:,“""()]{0,60}$")]
    private static partial Regex SameClause();

    [GeneratedRegex(@"\b(?:and|but|then|or|while|when|after|before|as|until)\b")]
    private static partial Regex ClauseWord();

    private static bool ClosesClause(string text, int cueEnd, int countStart) =>
        countStart >= cueEnd && SameClause().IsMatch(text.AsSpan(cueEnd, countStart - cueEnd)) && !ClauseWord().IsMatch(text.AsSpan(cueEnd, countStart - cueEnd));

    public static List<SentenceEventReader.RelativeDate> Resolve(string text, List<EventCandidate> result, IReadOnlyList<DateExpression> past, int frameEnd, PartialDate? written = null)
    {
        var relative = new List<SentenceEventReader.RelativeDate>();
        // "During the visit, the ministers will sign ...", "a memorandum signed at the same summit": what is done at an event
        // the article already spoke of happens on that event's day.
        for (var j = 0; j < result.Count; j++)
        {
            if (!result[j].Anaphor) continue;
            var at = result[j].Cue;
            var inFrame = frameEnd > 0 && at.End <= frameEnd;
            for (var k = 0; k < result.Count; k++)
            {
                var done = result[k];
                if (k == j || done.Date is not null || done.Anaphor || done.Cue.Start < at.End && !(done.Cue.End <= at.Start)) continue;
                var framed = inFrame && done.Cue.Start > frameEnd;
                var doneAt = done.Cue.End <= at.Start && DoneAt().IsMatch(text.AsSpan()[done.Cue.End..EventPhrase.ModifierStart(text, at)]);
                if (framed || doneAt) relative.Add(new SentenceEventReader.RelativeDate(j, k, 0));
            }
        }
        foreach (var r in past.Where(d => d.Reference == DateReference.EventRelative))
        {
            var subject = result.FindLastIndex(c => c.Cue.End <= r.Start);
            var obj = result.FindIndex(c => c.Cue.Start >= r.End);
            // "two days later", "the following day": what comes after it lies that far after what came before (not "one day after B").
            if (CueDating.Trailing(r))
            {
                // "JNIM claimed the kidnapping three days later and released a video": the count closes the clause of the deed
                // before it, which it dates from the event spoken of before; the next clause's event is no later than that deed.
                if (subject >= 0 && obj >= 0 && result[subject].Date is null && ClosesClause(text, result[subject].Cue.End, r.Start))
                {
                    result[subject] = result[subject] with { DateOffsetFromSubject = r.OffsetDays, DateText = r.Text };
                    continue;
                }
                if (subject >= 0 && obj >= 0) relative.Add(new SentenceEventReader.RelativeDate(subject, obj, r.OffsetDays));
                else if (obj >= 0 && result[obj].Date is null) result[obj] = result[obj] with { DateOffsetFromSubject = r.OffsetDays, DateText = r.Text };
                else if (subject >= 0 && result[subject].Date is null) result[subject] = result[subject] with { DateOffsetFromSubject = r.OffsetDays, DateText = r.Text };
                continue;
            }
            if (subject >= 0 && obj >= 0) relative.Add(new SentenceEventReader.RelativeDate(subject, obj, -r.OffsetDays));
            // No event named before it: the day given earlier in the sentence is the anchor ("on Sunday ...: it came a day after a drone struck").
            else if (subject < 0 && obj >= 0 && past.LastOrDefault(d => d.End <= r.Start && d.Date?.ToDateOnly() is not null) is { } anchor
                && (result[obj].Date is null || result[obj].Date == anchor.Date))
                result[obj] = result[obj] with
                {
                    Date = PartialDate.FromDateOnly(anchor.Date!.Value.ToDateOnly()!.Value.AddDays(-r.OffsetDays)),
                    DateText = $"{r.Text} {anchor.Text}",
                };
            // "Three days after a football match in Asmara, the region is still working out ...": that far before the day of writing.
            else if (subject < 0 && obj >= 0 && result[obj].Date is null && r.Start == 0 && written?.ToDateOnly() is { } now
                && PresentMainClause().IsMatch(text.AsSpan(result[obj].Cue.End)))
                result[obj] = result[obj] with { Date = Counted(now.AddDays(-r.OffsetDays), r.Text), DateText = r.Text };
            // "This comes a week after he attended a summit": what the sentence names lies that far before the event last spoken of.
            else if (subject < 0 && obj >= 0 && result[obj].Date is null && ComesAfter().IsMatch(text.AsSpan(0, r.Start)))
                result[obj] = result[obj] with { DateOffsetFromSubject = -r.OffsetDays, DateText = r.Text, Recalled = true };
            // "... could meet separately in the Ethiopian capital the day before": before the event last spoken of.
            else if (subject >= 0 && obj < 0 && result[subject].Date is null)
                result[subject] = result[subject] with { DateOffsetFromSubject = r.OffsetDays, DateText = r.Text };
        }
        return relative;
    }
}
