using System.Collections.Immutable;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Reads the event cues of one sentence into candidates: attaches each date expression to the nearest cue, reads
/// place, participants and tense from the cue's own stretch of the sentence, and drops possibilities ("a potential
/// peace deal") and bare generic nouns that name no particular event ("peace talks"). Its parts: <see cref="CueFilters"/>
/// (cue words that name no event), <see cref="CueDating"/> (which date is whose), <see cref="CueParticipants"/> (who takes part).
/// </summary>
public static partial class SentenceEventReader
{
    // Made once: a literal array in ProperWords is allocated again at every call, and it runs for every event.
    private static readonly char[] WordSeparators = [' ', '-', '–', ',', '(', ')'];
    private static readonly char[] WordTrim = ['.', '\'', '’', '"', '“', '”'];

    /// <summary>An actor named in the sentence; <see cref="Short"/> is the one word the article calls a person by on its own ("Rosselló", "Park"), when it does.</summary>
    public sealed record Participant(string Key, string Name, ActorKind Kind, int Start)
    {
        public string? Short { get; init; }
    }

    /// <summary>A date the sentence ties to another event: the candidate at <see cref="Object"/> lies <see cref="OffsetDays"/> days from the one at <see cref="Subject"/>.</summary>
    public sealed record RelativeDate(int Subject, int Object, int OffsetDays);

    public static (List<EventCandidate> Candidates, List<RelativeDate> Relative) Read(
        string text, int paragraph, DocSentence sentence, PartialDate? articleDate, IReadOnlyList<Participant> participants,
        DateExpression? paragraphDate = null, PartialDate? today = null, IReadOnlyList<Participant>? doers = null, YearCarry? carry = null)
    {
        doers ??= participants;
        var quotes = SentenceText.QuoteRanges(text);
        var cues = EventCueFinder.Find(text).Where(c => !CueFilters.IsNamePart(text, c)).ToList();
        cues = CueFilters.DropNested(text, cues);
        var withVerbs = cues;
        cues = EventWording.DropVerbsOfTheirEvent(text, cues);
        var hostVerbs = withVerbs.Except(cues).Where(v => v.Head is "hosted" or "will host").ToList();
        var (allPast, allFuture) = DateExpressionParser.FindBoth(text, articleDate, carry?.Year);
        if (carry is not null) carry.Year = DateExpressionParser.YearAfter(allPast, carry.Year);
        // "Brussels, 5 March 2026 / Commissioner Korpela today received ...": under a day of its own, "today" is that day.
        if ((today ?? paragraphDate?.Date) is { Precision: DatePrecision.Day } headingDay)
            (allPast, allFuture) = (CueDating.TodayIs(allPast, headingDay), CueDating.TodayIs(allFuture, headingDay));
        // "BISHKEK, April 20 (Kabar) –": the dateline's day is when the story was filed, not when anything in it happens.
        var datelineEnd = sentence.Index == 0 ? ChronologyLines.DatelineEnd(text) : 0;
        var past = datelineEnd == 0 ? allPast : allPast.Where(d => d.Start >= datelineEnd).ToList();
        var future = datelineEnd == 0 ? allFuture : allFuture.Where(d => d.Start >= datelineEnd).ToList();
        var dateOf = CueDating.AttachDates(text, cues, past, quotes, articleDate);
        // "from the ban in mid-July": a noun that is an event only when dated takes a date the other cues left.
        (cues, dateOf) = DatedNouns.Add(text, cues, dateOf, past, quotes);

        // "At the summit in The Hague last week, allies agreed to ...": what is done at an event happens on its day.
        var frameEnd = text.StartsWith("At ", StringComparison.Ordinal) || text.StartsWith("During ", StringComparison.Ordinal) ? text.IndexOf(", ", StringComparison.Ordinal) : -1;
        var frame = Enumerable.Range(0, cues.Count).Where(k => cues[k].End <= frameEnd && dateOf.ContainsKey(k)).Select(k => past[dateOf[k]]).FirstOrDefault();
        // "Sept. 5, 2017 - The presidents sign a treaty during a state visit": a chronology line's date is every event's on it.
        var line = ChronologyLines.Line(text, past);

        var scope = new SentenceScope(text, paragraph, sentence, articleDate, participants, quotes, cues, hostVerbs, past, future, dateOf, frameEnd, frame, line, paragraphDate);
        var result = new List<EventCandidate>();
        for (var i = 0; i < cues.Count; i++)
        {
            // The cue's phrase and tense (null: a possibility, or a verb that is no event), then its date, place and who.
            if (OpenCue(scope, i) is not { } reading) continue;
            DateCue(scope, reading);
            PlaceAndParticipants(scope, reading);
            ReadClause(scope, reading);
            // Whether it is a particular event, or a reference back to one told before; if neither, it is no event.
            if (!Anchor(scope, reading)) continue;
            AddCandidates(scope, reading, result);
        }

        // "Kenya asked the court on Tuesday": a date no event took dates the deed of its clause.
        if (line is null)
        {
            var claimed = Enumerable.Range(0, past.Count).Where(d => result.Any(c => c.DateText == past[d].Text)).ToHashSet();
            result.AddRange(DatedDeeds.Find(text, paragraph, sentence, doers, past, claimed, result, quotes));
        }

        // "the Ulaanbaatar Dialogue, to be held on June 18 and 19": whatever is held on a day or at a place is an occasion.
        if (line is null) result.AddRange(HeldOccasions.Find(text, paragraph, sentence, participants, past, future, result, quotes));
        // "the inquiry's findings will be published on 4 May": a thing to be signed, published or launched on a day to come.
        if (line is null) result.AddRange(PlannedPassives.Find(text, paragraph, sentence, participants, future, result, quotes));
        // "the final debate is still scheduled for October 22": whatever is scheduled for a day or a month to come.
        if (line is null) result.AddRange(ScheduledOccasions.Find(text, paragraph, sentence, participants, future, result, quotes));
        // "the dialogue launched in Yerevan on 9 September 2024": a dated participle of a deed hanging on a noun.
        if (line is null) result.AddRange(DatedParticiples.Find(text, paragraph, sentence, participants, past, result, quotes));

        // "Pompeo sent a letter requesting the new rules": a named actor's act, undated, when nothing else in the sentence is an event.
        if (result.Count == 0 && line is null) result.AddRange(UndatedDeeds.Find(text, paragraph, sentence, doers, quotes));
        // "Korvel Oil was auctioned", "a group which was later bought by Baltic Energy": the same, told in the passive.
        if (result.Count == 0 && line is null) result.AddRange(UndatedPassives.Find(text, paragraph, sentence, participants, quotes));
        // "A new ferry service ... was also announced", "The World Bank confirmed a new $40m loan package": a measure made public.
        if (line is null) result.AddRange(AnnouncedMeasures.Find(text, paragraph, sentence, participants, result, quotes));

        // A chronology line with no event word ("Jan. 2026 - Kazakhstan halts electricity exports") is still one event: its clause.
        if (line is { } l && !result.Any(c => c.Date is not null && c.Span.Start - sentence.Start >= l.ClauseStart))
            result.Add(ChronologyLines.Event(text, paragraph, sentence, l, participants, past));

        // "In 2019 a debate between the two leaders was also cancelled": an occasion called off never happened.
        CalledOffEvents.Mark(text, sentence, result);
        var relative = SentenceRelativeDates.Resolve(text, result, past, frameEnd, articleDate);
        return (result, relative);
    }

    /// <summary>Stems of the capitalised words: what tells one meeting from another ("nato", "washi").</summary>
    public static ImmutableArray<string> ProperWords(string text) =>
        text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(WordTrim))
            .Where(w => w.Length > 1 && char.IsUpper(w[0]) && !CueFilters.IsWeekday(w) && !EventPhrase.TitleNoise.Contains(w) && !EventPhrase.IsCalendarWord(w)
                && w is not ("The" or "President" or "Minister" or "Secretary" or "I" or "II" or "III" or "IV"))
            .Select(Stem).SortedDistinct();

    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant().Replace("’s", "").Replace("'s", "").Replace(".", "");
        return w.Length > 5 ? w[..5] : w;
    }
}