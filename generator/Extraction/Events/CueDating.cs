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

    /// <summary>" to supply", " to be delivered": an event noun followed by the act it is for.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^ to (?!(?:the|a|an|its|their|his|her|this|that|date)\b)[a-z]{2,}\b")]
    private static partial System.Text.RegularExpressions.Regex ForWhatFollows();

    [System.Text.RegularExpressions.GeneratedRegex(@"^, (?:after|following|amid|despite) ")]
    private static partial System.Text.RegularExpressions.Regex IntroAdverbial();

    public static bool Trailing(DateExpression r) =>
        r.Text.EndsWith("later", StringComparison.OrdinalIgnoreCase) || r.Text.EndsWith("earlier", StringComparison.OrdinalIgnoreCase)
        || r.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !r.Text.EndsWith("after", StringComparison.OrdinalIgnoreCase) && !r.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// When the wording gives no tense ("the September exercise", "stays for a meeting on Wednesday", "Tuesday's meeting is
    /// being hosted by"), a date without a year, or a weekday, is the one nearer the article's date: counted in days when
    /// <paramref name="byDay"/> (an event noun in a sentence telling of nothing past: a verb the tense reader left open,
    /// "were closed on Thursday", and "the funeral on Friday, a stampede broke out" are told of as done) and both readings
    /// and the article name a day, else in months.
    /// </summary>
    public static DateExpression Nearer(DateExpression past, DateExpression? ahead, PartialDate? articleDate, bool byDay = false)
    {
        if (ahead?.Date is not { } a || past.Date is not { } p || articleDate is not { } d) return past;
        if (byDay && a.ToDateOnly() is { } aDay && p.ToDateOnly() is { } pDay && d.ToDateOnly() is { } dDay)
            return aDay.DayNumber - dDay.DayNumber < dDay.DayNumber - pDay.DayNumber ? ahead : past;
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

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:During|At|After|Before|Following|Ahead of|Amid)\s[^,;:“""]{3,150}?(?=, )")]
    private static partial System.Text.RegularExpressions.Regex OpeningFrame();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:,\s+(?:and|but|while|whereas)|;)\s+$")]
    private static partial System.Text.RegularExpressions.Regex ClauseOpener();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:on|over|about|into|of|for)\s+(?:the|a|an|its|their|this|that)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex AboutWhat();

    /// <summary>The event noun whose phrase the cue at <paramref name="i"/> completes ("hearing" for "a hearing on the agreement"), or -1.</summary>
    private static int HeadOf(string text, List<EventCue> cues, int i)
    {
        var start = EventPhrase.ModifierStart(text, cues[i]);
        return cues.FindLastIndex(i, c => !c.IsVerb && c.End <= start && AboutWhat().IsMatch(text.AsSpan(c.End, start - c.End)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:was|were|had|did|broke|began|took|met|came|went|fell|won|lost)\b|(?<!\b(?:has|have|is|are|be|been|being) )\b[a-z]{3,}ed\b")]
    private static partial System.Text.RegularExpressions.Regex PastVerb();

    [System.Text.RegularExpressions.GeneratedRegex(@"[,;]\s+(?:and|but)\s+(?!that\b|would\b|will\b)(?:(?:the|its|their|his|her|[A-Z][\w’'-]*|[a-z]+)\s+){1,4}$")]
    private static partial System.Text.RegularExpressions.Regex AndSubjectBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[a-z]{3,}ed|broke|held|met|struck|began|took|shot|fled|left|won|sent|signed)\b")]
    private static partial System.Text.RegularExpressions.Regex PastVerbFirst();

    /// <summary>
    /// A past verb cue opening a coordinated main clause with its own subject after the last speech verb between the date and it
    /// (", and the other side suspended"): what that clause tells is no part of what was said (not ", and that the talks ...").
    /// </summary>
    private static bool OwnClauseAfterSaying(string text, int dateEnd, EventCue c)
    {
        if (!c.IsVerb || !PastVerbFirst().IsMatch(c.Head)) return false;
        var said = SaidBetween().Matches(text[dateEnd..c.Start]);
        var after = dateEnd + said[^1].Index + said[^1].Length;
        return AndSubjectBefore().IsMatch(text.AsSpan(after, c.Start - after)) && text.IndexOf('.', after, c.Start - after) < 0;
    }

    /// <summary>"a stampede broke out", "the talks collapsed": the sentence tells of the past somewhere (not "has left", "is being hosted").</summary>
    public static bool TellsOfPast(string text) => PastVerb().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:,“""()]{0,80}(?:\band|,)\s+(?:[a-z]{3,}ed|held|made|won|took|struck|began)\s+(?:a|an|the|their|its|his|her)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex AndDidObject();

    /// <summary>
    /// "met in Seoul on Tuesday and signed a memorandum", "met in Debrecen on 14 May, signed a memorandum and agreed to ...":
    /// the event noun is what a second past verb of the same subject did, joined by "and" or listed after a comma.
    /// </summary>
    public static bool CoordinatedObject(string text, int verbEnd, int npStart) =>
        npStart > verbEnd && AndDidObject().IsMatch(text.AsSpan(verbEnd, npStart - verbEnd));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:would|will|shall|(?:is|are|was|were) (?:due |set |expected )?to)\s+(?:[\w'’()-]+\s+){0,10}$")]
    private static partial System.Text.RegularExpressions.Regex WouldBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:said|told|stated|added|announced)\b")]
    private static partial System.Text.RegularExpressions.Regex SaidBefore();

    /// <summary>
    /// "the cabinet would approve the agreement at its weekly session": the event noun is in a clause told as still to come.
    /// Not a news conference or speech the saying took place at ("Leavitt said U.S. involvement would not include troops
    /// during a news conference Tuesday"): that is the occasion of "said", told in the past.
    /// </summary>
    public static bool ToldAhead(string text, int npStart, string kind)
    {
        var clauseStart = text.LastIndexOfAny(['.', ';', ',', ':', '“', '"'], Math.Max(0, npStart - 1)) + 1;
        if (npStart <= clauseStart || !WouldBefore().IsMatch(text.AsSpan(clauseStart, npStart - clauseStart))) return false;
        return !(kind is "press" or "speech" && OccasionWord(EventPhrase.WordsBefore(text, npStart, 2)) && SaidBefore().IsMatch(text.AsSpan(0, npStart)));
    }

    private static bool OccasionWord(string[] before) =>
        before is [.., "during" or "at" or "in"] or ["during" or "at" or "in", "a" or "an" or "the" or "his" or "her" or "its" or "their"];

    /// <summary>"unlike in 2000", "than last year", "compared with last year": the date of what something is compared with.</summary>
    public static bool IsComparedDate(string text, DateExpression date) =>
        EventPhrase.WordsBefore(text, date.Start, 2) is [.., "unlike" or "Unlike" or "than"] or ["compared" or "Compared", "with" or "to"];

    /// <summary>
    /// "its 1999 archives", "the 2018 budget": a year between a determiner and the noun it modifies. It is the date of that
    /// noun, so of an event only when the noun is the event's ("the 2016 referendum", see <see cref="EventWording.OwnDate"/>).
    /// </summary>
    public static bool Attributive(string text, DateExpression date)
    {
        if (date.Date is not { Precision: DatePrecision.Year } || date.Text.EndsWith('s') || date.End >= text.Length - 2) return false;
        var determiner = date.Text.Split(' ')[0] is "the" or "The" or "its" or "a"
            || EventPhrase.WordsBefore(text, date.Start, 1) is ["the" or "The" or "a" or "an" or "this" or "its" or "their" or "his" or "her"]
            || EventWording.ModifierYear(text, date);
        if (!determiner || text[date.End] != ' ' || !char.IsAsciiLetterLower(text[date.End + 1])) return false;
        var end = date.End + 1;
        while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
        return !NoNoun.Contains(text[(date.End + 1)..end]);
    }

    /// <summary>A year followed, right after the cue, by a day or month of that same year ("2020 ... Election on November 3").</summary>
    private static bool FinerRightAfter(string text, EventCue cue, IReadOnlyList<DateExpression> dates, DateExpression year) =>
        year.Date is { Precision: DatePrecision.Year } y && dates.Any(d => d.Reference != DateReference.EventRelative && d.Start >= cue.End
            && d.Date is { Precision: DatePrecision.Day or DatePrecision.Month } finer && finer.Year == y.Year
            && RightAfter().IsMatch(text.AsSpan(cue.End, d.Start - cue.End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:on|in)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex RightAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:,\s+(?:and|but|while|whereas)|;)\s")]
    private static partial System.Text.RegularExpressions.Regex NewClause();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:,“""()]{0,80}?\b(?:will|would|shall|is to|are to|is due to|are due to)\b")]
    private static partial System.Text.RegularExpressions.Regex FutureAfter();

    /// <summary>
    /// "The guards left the airport last year, and their withdrawal from the other posts will be completed by May": a date
    /// before the article's does not cross into a clause of its own told as still to come.
    /// </summary>
    private static bool FutureClauseAfterPast(string text, DateExpression date, EventCue c, PartialDate written) =>
        c.Start >= date.End && date.Date is { } d && d.WhollyBefore(written) && NewClause().IsMatch(text.AsSpan(date.End, c.Start - date.End))
        && FutureAfter().IsMatch(text.AsSpan(c.End));

    /// <summary>What an attributive year adds to its distance from a cue it does not modify: any date within 50 characters goes first.</summary>
    private const int AttributivePenalty = 100;

    /// <summary>Words after a year that are no noun it could modify ("after the 1983 he was elected": a word left out).</summary>
    private static readonly HashSet<string> NoNoun = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "they", "we", "i", "you", "and", "or", "but", "was", "were", "is", "are", "had", "has", "when", "where", "that", "which", "who", "to", "in", "on", "at", "of",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:that|which|who)\s+[^,;:.()“""]*$")]
    private static partial System.Text.RegularExpressions.Regex InRelativeClause();

    /// <summary>
    /// "the party that nominated him in 2016, nominated a banker": a date closing a relative clause of the subject dates that
    /// clause, not the main verb right after its comma.
    /// </summary>
    private static bool ClosesRelativeClause(string text, DateExpression date, EventCue c) =>
        c.IsVerb && c.Start > date.End && text.AsSpan(date.End, c.Start - date.End).Trim() is "," && InRelativeClause().IsMatch(text.AsSpan(0, date.Start));

    [System.Text.RegularExpressions.GeneratedRegex(@",\s+(?:who|whose)\s|\b(?:after|before|because|since|when|while|once)\s+(?:[\w’'-]+\s+){1,6}(?:was|were|had|did)\s|,\s+(?:as|while|when|after|before|because|since|once|and|but)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+,\s+(?:which|who|whose)\s")]
    private static partial System.Text.RegularExpressions.Regex OtherClauseOpens();

    /// <summary>
    /// "resigned after the recording was uploaded on Wednesday", "the summit with the envoy, who on Monday criticised", "a
    /// meeting at the Civic Centre, as the fire, which crossed the border on January 17, passed 9,000 ha" (the relative clause
    /// of a noun of another clause): a
    /// date after the cue inside a clause of its own (a person's relative clause, a subordinate clause with its own verb)
    /// dates that clause's deed, not the cue's event.
    /// </summary>
    private static bool InClauseAfter(string text, EventCue c, DateExpression date) =>
        c.End <= date.Start && date.Start - c.End < 150 && text.IndexOfAny([':', ';', '.'], c.End, date.Start - c.End) < 0
        && OtherClauseOpens().IsMatch(text.AsSpan(c.End, date.Start - c.End));

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
    public static Dictionary<int, int> AttachDates(string text, List<EventCue> cues, IReadOnlyList<DateExpression> dates, List<(int Start, int End)> quotes, PartialDate? articleDate = null)
    {
        int QuoteOf(int position) => quotes.FindIndex(q => position >= q.Start && position <= q.End);
        var result = new Dictionary<int, int>();
        var best = new Dictionary<int, int>();
        // "The agency announced on Sunday that a wreck it found last June was the submarine": a speech verb dated by the
        // speaking takes no other date of the sentence.
        var spoken = new HashSet<int>();
        for (var i = 0; i < cues.Count; i++)
            if (cues[i].IsVerb && dates.Any(d => d.Reference != DateReference.EventRelative && d.Start >= cues[i].End && text.AsSpan(cues[i].End, d.Start - cues[i].End).IsWhiteSpace()
                && EventPhrase.WordsBefore(text, d.Start, 1) is [var w] && SpeechVerbs.Contains(w))) spoken.Add(i);
        for (var d = 0; d < dates.Count; d++)
        {
            var date = dates[d];
            if (date.Reference == DateReference.EventRelative) continue;
            // "agreed to raise spending to 5% by 2035": a deadline is not when anything happened.
            if (date.Text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || date.Text.StartsWith("until ", StringComparison.OrdinalIgnoreCase)) continue;
            var before = EventPhrase.WordsBefore(text, date.Start, 1);
            // ... unless a relative clause dates a noun with it: "the sanctions that it announced last May".
            // A possessive ("said July's summit would ...", "said Wednesday's talks") is the next noun's date, not the saying's.
            if (before.Length == 1 && SpeechVerbs.Contains(before[0]) && !cues.Any(c => EventWording.ClauseDate(text, c, date))
                && !date.Text.EndsWith("'s", StringComparison.Ordinal) && !date.Text.EndsWith("’s", StringComparison.Ordinal)) continue;
            // "a quick result, unlike in 2000", "a population greater than last year": a date compared with is no event's.
            if (IsComparedDate(text, date)) continue;
            // "will hand over its 1999 archives": a year modifying a noun that is no event dates that noun, so an event near it
            // only when the sentence gives that event no other date.
            var attributive = Attributive(text, date);
            var modifierYear = attributive && EventWording.ModifierYear(text, date);
            // "expect the negotiations to continue well into next year": how long something lasts, not when it happens.
            if (before is ["until"] or ["by"] or ["Until"] or ["By"] or ["into"] or ["through"] or ["throughout"]) continue;
            // "met in Tacna and agreed to reopen the crossing from 20 March": the day the agreed act starts is neither the agreeing's nor the meeting's.
            // "On 9 April we signed a six-year agreement to supply cathode material from 2028": so is the day the act an event noun is for starts.
            if ((before is ["from" or "From"] || date.Text.StartsWith("from ", StringComparison.OrdinalIgnoreCase)) && cues.Any(k => k.End <= date.Start && (k.IsVerb ? k.Head.EndsWith(" to ", StringComparison.Ordinal) : ForWhatFollows().IsMatch(text.AsSpan(k.End)))
                && text.IndexOfAny(['.', ';'], k.End, date.Start - k.End) < 0)) continue;
            var bestCue = -1;
            var bestScore = int.MaxValue;
            // "In October 2022, after two years of indirect talks ..., Lebanon and Israel exchanged letters": a date opening the
            // sentence dates its main clause, not the adverbial between them.
            var adverbialEnd = text[..date.Start].Trim() is "" or "In" or "On" && IntroAdverbial().Match(text[date.End..]) is { Success: true } adv
                && text.IndexOf(", ", date.End + adv.Length, StringComparison.Ordinal) is var advEnd and > 0 ? advEnd : -1;
            // "During the funeral of the general on Tuesday, a stampede erupted": a date inside the phrase a sentence opens
            // with dates the event that phrase names, not the main clause's.
            var frameEnd = OpeningFrame().Match(text) is { Success: true } frame ? frame.Length : -1;
            var framed = frameEnd > 0 && date.End <= frameEnd && cues.Any(k => k.End <= date.Start);
            // "In 2016 a boat rammed a speedboat, and in 2011 an officer was stabbed": a date opening a new clause dates what follows it.
            var opensClause = ClauseOpener().IsMatch(text.AsSpan(0, date.Start));
            var opensSentence = text[..date.Start].Trim() is "" or "In" or "On" && text.AsSpan(date.End).StartsWith(",");
            // "The split began with the coup in Niger on 26 July 2023": a phrase pointing back takes the date when no other event can.
            for (var pass = 0; pass < 2 && bestCue < 0; pass++)
                for (var i = 0; i < cues.Count; i++)
                {
                    var c = cues[i];
                    if (pass == 0 ? IsReferringPhrase(text, c) : !DatesItsOwnPhrase(text, c, date)) continue;
                    if (c.Start > date.End && c.Start < adverbialEnd) continue;
                    if (framed && c.Start >= frameEnd || ForwardClauses.PastTheFrame(text, frameEnd, c, date) || ForwardClauses.AfterComesAfter(text, c, date) || opensClause && c.End <= date.Start || spoken.Contains(i) || ClosesRelativeClause(text, date, c) || InClauseAfter(text, c, date)
                        || articleDate is { } written && FutureClauseAfterPast(text, date, c, written)) continue;
                    // "On Wednesday, the government said Navalny was poisoned": the day is the saying's, not the reported event's.
                    // "In July, the minister told reporters ..., and the other side suspended the talks": a main clause of its own
                    // after the saying takes the day again.
                    var ownClause = false;
                    if (c.Start >= date.End && SaidBetween().IsMatch(text.AsSpan()[date.End..c.Start]) && !(ownClause = OwnClauseAfterSaying(text, date.End, c))) continue;
                    if (QuoteOf(date.Start) is var q and >= 0 && QuoteOf(c.Start) != q) continue;
                    // "Mali and Guinea broke off relations; they were restored only in 1992": a semicolon ends the clause a date dates.
                    if (c.End <= date.Start && text.IndexOf(';', c.End, date.Start - c.End) >= 0 || c.Start >= date.End && text.IndexOf(';', date.End, c.Start - date.End) >= 0) continue;
                    var score = EventWording.OwnDate(text, c, date) || EventWording.ClauseDate(text, c, date) ? -1 : c.End <= date.Start ? date.Start - c.End : c.Start >= date.End ? c.Start - date.End + 40 : 0;
                    // "received the party's 2020 nomination in September 2019": such a year dates its own noun only, and gives way
                    // to a date closing the noun's phrase.
                    if (modifierYear) { if (score != -1) continue; score = 30; }
                    // "the 2020 US Presidential Election on November 3": a year in the event's own phrase gives way to a day or month
                    // of that year closing it.
                    if (score == -1 && date.End <= c.Start && FinerRightAfter(text, c, dates, date)) score = 30;
                    // ... however long the saying: a date opening the sentence ("In July, ...") dates its main clauses.
                    if (ownClause && opensSentence) score = Math.Min(score, 140);
                    // "On May 14, commencing at 5:10 p.m. for some 30 minutes, the minister held a telephone talk": the first event after it.
                    if (opensSentence && score > 110 && ForwardClauses.FirstAfterVerbless(text, cues, date) == i) score = 110;
                    if (attributive && !EventWording.OwnDate(text, c, date)) score = Math.Max(score, 0) + AttributivePenalty;
                    if (score < bestScore) { bestScore = score; bestCue = i; }
                }
            if (bestCue < 0 || bestScore > 150) continue;
            // "a hearing on the agreement on 24 March", "talks over the ceasefire in May": a date after an event named as what
            // another is about dates the one it is about.
            if (bestScore >= 0 && cues[bestCue].End <= date.Start && HeadOf(text, cues, bestCue) is var head and >= 0) bestCue = head;
            if (!best.TryGetValue(bestCue, out var prevScore) || bestScore < prevScore)
            {
                best[bestCue] = bestScore;
                result[bestCue] = d;
            }
        }
        return result;
    }
}
