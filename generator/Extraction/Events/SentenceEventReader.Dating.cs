using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary><see cref="SentenceEventReader"/>'s reading of when: a cue's phrase, tense and date.</summary>
public static partial class SentenceEventReader
{
    /// <summary>", when we signed a ", ", when the rebels ": a clause of "when" opening right after a date, up to the cue.</summary>
    /// Not a noun further on behind a preposition ("in October 2022, when it settled its border with Israel through indirect
    /// talks": the talks went on long before that day).
    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s+when\s+(?!(?:[\w’'-]+\s+)*?(?:with|through|in|at|of|for|on|by|to|from|into|over|under|after|before|during|against|between)\s)(?:[\w’'-]+\s+){1,4}$")]
    private static partial System.Text.RegularExpressions.Regex WhenClauseBefore();

    /// <summary>The cue's noun phrase and the tense its clause tells it in; null when it is a possibility or a verb that names no event.</summary>
    private static CueReading? OpenCue(SentenceScope s, int i)
    {
        var (text, articleDate, participants, quotes, cues, past, dateOf) = (s.Text, s.ArticleDate, s.Participants, s.Quotes, s.Cues, s.Past, s.DateOf);
        var cue = cues[i];
        var npStart = EventPhrase.ModifierStart(text, cue);
        var modifiers = text[npStart..cue.Start].Trim();
        var regionEnd = i + 1 < cues.Count ? EventPhrase.ModifierStart(text, cues[i + 1]) : text.Length;
        if (regionEnd < cue.End) regionEnd = cue.End;
        var personBefore = participants.LastOrDefault(p => p.Start < cue.Start && p.Start >= cue.Start - 60) is { Kind: ActorKind.Person };
        // "would not tolerate attacks like last Friday's bombing": an event dated in the past by its own noun phrase happened, whatever the clause wishes.
        // "the sanctions that it announced last May": a relative clause dating the noun tells it happened too.
        var clauseDated = !cue.IsVerb && dateOf.TryGetValue(i, out var own) && EventWording.ClauseDate(text, cue, past[own]);
        var datedPast = !cue.IsVerb && dateOf.TryGetValue(i, out own) && (clauseDated || EventWording.OwnDate(text, cue, past[own])) && past[own].Date is { } ownDate
            && articleDate is { } written && (ownDate.Year < written.Year || ownDate.ToDateOnly() is { } d && written.ToDateOnly() is { } w && d < w);
        // "he hopes to announce a deal": what someone means to do is planned, unless the clause denies it.
        if (cue.Intended && IntendedEvents.Denied(text, cue)) return null;
        if (!cue.Intended && (CueFilters.IsVerbUse(text, cue, personBefore) || !datedPast && EventPhrase.IsHypothetical(text, cue, modifiers, modalsAllowed: true))) return null;
        var modal = !cue.Intended && !datedPast && EventPhrase.IsHypothetical(text, cue, modifiers);

        // Inside a quote, the quote's own words give the tense ("I will be naming ... next week").
        var quote = quotes.FindIndex(q => cue.Start >= q.Start && cue.Start < q.End);
        // "a vote is expected before the end of the year", "the next round is due in Geneva": an event the clause expects is still to come.
        var expected = !cue.IsVerb && quote < 0 && ExpectedAhead().IsMatch(text.AsSpan()[cue.End..]);
        var tense = modal || cue.Intended || expected ? Tense.Future
            : datedPast && clauseDated ? Tense.Past
            : EventPhrase.TenseAt(quote >= 0 ? SentenceText.Inside(text, quotes[quote]) : SentenceText.Unquoted(text, quotes), cue, modifiers);
        // "said in an interview ahead of a meeting in Oslo": the clause's past is when the thing ahead of the event was done, not the event's.
        if (tense == Tense.Past && !dateOf.ContainsKey(i) && EventWording.AheadOf(text, cue)) tense = Tense.Unknown;
        return new CueReading(i, cue) { NpStart = npStart, Modifiers = modifiers, RegionEnd = regionEnd, Quote = quote, Modal = modal, Expected = expected, Tense = tense };
    }

    /// <summary>The date of the cue: the one attached to it, or one its frame, its clause or its line gives.</summary>
    private static void DateCue(SentenceScope s, CueReading c)
    {
        var (text, articleDate, cues, past, future, dateOf, frame, frameEnd, line, paragraphDate) = (s.Text, s.ArticleDate, s.Cues, s.Past, s.Future, s.DateOf, s.Frame, s.FrameEnd, s.Line, s.ParagraphDate);
        var (i, cue, npStart, modifiers, quote, tense) = (c.Index, c.Cue, c.NpStart, c.Modifiers, c.Quote, c.Tense);
        DateExpression? date = null;
        if (dateOf.TryGetValue(i, out var di))
        {
            var ahead = future.FirstOrDefault(f => f.Start == past[di].Start);
            // "called a plenary session for Tuesday, October 13": a day an event is set for is still to come.
            if (!cue.IsVerb && ahead is not null && past[di].Reference == DateReference.ArticleRelative && ahead.Date != past[di].Date
                && (EventPhrase.WordsBefore(text, past[di].Start, 1) is ["for"] || past[di].Text.StartsWith("for ", StringComparison.Ordinal))) tense = Tense.Future;
            date = tense == Tense.Future ? ahead ?? past[di] : tense == Tense.Unknown ? CueDating.Nearer(past[di], ahead, articleDate, byDay: !cue.IsVerb && !CueDating.TellsOfPast(text)) : past[di];
            // "held in custody ... over the failure of the cable on 18 January" in an article of 27 January: a day named
            // without its year is the recent one, not the same day eleven months on, whatever tense the clause is in.
            if (tense == Tense.Future && ahead is not null && CueDating.RecentNotNextYear(past[di], ahead, articleDate)) { date = past[di]; tense = Tense.Past; }
            // "said the cabinet would approve the deal at its weekly session on Monday": a day told of as still to come.
            else if (tense != Tense.Future && !cue.IsVerb && ahead is { Date: not null } && ahead.Date != past[di].Date && CueDating.ToldAhead(text, npStart, cue.Kind))
                (date, tense) = (ahead, Tense.Future);
            // "When the squads walk out in Tallinn on Saturday, it will be the first time they have met": the coming Saturday.
            else if (tense != Tense.Future && ahead is { Date: not null } && ForwardClauses.Ahead(text, past[di]))
                (date, tense) = (ahead, Tense.Future);
            // "ASEAN foreign ministers meet in Singapore on Thursday": a verb in the simple present with a day tells of a schedule.
            else if (tense != Tense.Future && ahead is { Date: not null } && ahead.Date != past[di].Date && PresentSchedules.Present(text, cue))
                (date, tense) = (ahead, Tense.Future);
        }
        // "served in World War II and in 1950 joined the firm": a war known by its name lasted years; only its own phrase dates it.
        if (cue.Kind == "war" && cue.Name is not null && date is not null && !EventWording.OwnDate(text, cue, date)) date = null;
        // "During the funeral on Tuesday, a stampede erupted": so does the event the main clause opens with (not "leaders were
        // indignant at talks" further on).
        if (date is null && frame is not null && cue.Start > frameEnd
            && (cue.IsVerb || TextChars.SpacedWords(text.AsSpan()[(frameEnd + 1)..Math.Max(frameEnd + 1, npStart)]) <= 2)) date = frame;
        // "officials met in Busan three weeks ago and agreed to cut quotas": verbs of one subject joined by "and" share its date,
        // and so does what the second verb does ("met in Seoul on Tuesday and signed a memorandum").
        if (date is null && i > 0 && cues[i - 1].IsVerb && dateOf.TryGetValue(i - 1, out var joinedDate)
            && (cue.IsVerb ? CoordinatedVerb().IsMatch(text.AsSpan()[cues[i - 1].End..cue.Start]) : CueDating.CoordinatedObject(text, cues[i - 1].End, npStart)))
            date = past[joinedDate];
        // "The strike ended on 18 February, when we signed a wage agreement": a clause of "when" right after a date tells what happened on it.
        if (date is null && quote < 0 && tense == Tense.Past && past.LastOrDefault(d => d.End <= npStart && d.Reference != DateReference.EventRelative && d.Date is not null) is { } then
            && !(EventPhrase.WordsBefore(text, then.Start, 1) is ["by" or "until" or "from" or "since" or "before" or "after" or "By" or "Until" or "From" or "Since"])
            && !then.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && !then.Text.StartsWith("until ", StringComparison.OrdinalIgnoreCase)
            && WhenClauseBefore().IsMatch(text.AsSpan(then.End, npStart - then.End)))
            date = then;
        if (date is null && line is not null && cue.Start >= line.Value.ClauseStart) date = line.Value.Date;
        // "14:32 BREAKING: The presidents have signed ...": a live-blog entry tells of the article's day; a chronology line's date holds for its paragraph.
        if (date is null && paragraphDate is not null && quote < 0) date = paragraphDate;
        // "The 2012 border war ended with a cooperation agreement": the outcome belongs to the year the text gives the event it ends.
        if (date is null && i > 0 && dateOf.TryGetValue(i - 1, out var pi) && past[pi].Date is { } endedYear
            && EndedWith().IsMatch(text.AsSpan()[cues[i - 1].End..Math.Max(cues[i - 1].End, npStart)]))
            date = past[pi] with { Date = PartialDate.OfYear(endedYear.Year) };
        // A speaker's "this morning" counts from when they spoke, which the article rarely says: only its month is sure.
        if (quote >= 0 && date is { Reference: DateReference.ArticleRelative, Date: { Precision: DatePrecision.Day } day } && CueDating.SpeakersDay().IsMatch(date.Text))
            date = date with { Date = PartialDate.OfMonth(day.Year, day.Month) };
        // "The two-day summit begins on 16 December": the one day given for an event of several days is its first.
        if (date is { Date: { Precision: DatePrecision.Day } first } && MultiDayEvents.Lasting(modifiers))
            date = date with { Date = PartialDate.OfMonth(first.Year, first.Month) };
        (c.Date, c.Tense) = (date, tense);
    }
}
