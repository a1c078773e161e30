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

        var result = new List<EventCandidate>();
        var indexOfCue = new Dictionary<EventCue, int>();
        for (var i = 0; i < cues.Count; i++)
        {
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
            if (cue.Intended && IntendedEvents.Denied(text, cue)) continue;
            if (!cue.Intended && (CueFilters.IsVerbUse(text, cue, personBefore) || !datedPast && EventPhrase.IsHypothetical(text, cue, modifiers, modalsAllowed: true))) continue;
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
            // "the nominee for the 2030 election after winning the primaries in Maule": a place past a clause of "after"/"before"
            // and a verb in -ing is where that clause's deed happened, not the event's.
            var placeEnd = GerundClause().Match(text, cue.End, regionEnd - cue.End) is { Success: true } gerund ? gerund.Index : regionEnd;
            var (place, _) = EventPhrase.PlaceIn(text, cue.End, placeEnd, pos => past.Any(d => pos >= d.Start && pos < d.End));
            // "Mr Straw, visiting Beijing, noted ...", "when he was in Tokyo": a visit's verb names where it went.
            if (place is null && cue.IsVerb && cue.Kind == "visit" && EventPhrase.NameAfter(text, cue.End) is var (at, name)
                && !participants.Any(p => p.Kind == ActorKind.Person && p.Start == at) && !EventPhrase.IsCalendarWord(name)) place = name;

            var relativeAt = past.FirstOrDefault(d => d.Reference == DateReference.EventRelative && d.Start >= cue.End && d.Start < regionEnd);
            if (relativeAt is not null) regionEnd = relativeAt.Start;
            var tail = CueParticipants.TailPhrase(text, cue.End, regionEnd);
            var tailEnd = Math.Min(regionEnd, text.IndexOf(tail, cue.End, StringComparison.Ordinal) is var t and >= 0 ? t + tail.Length : cue.End);
            tailEnd = CueParticipants.ListEnd(text, tailEnd, regionEnd, participants);
            var who = CueParticipants.ParticipantsOf(text, cue, npStart, tailEnd, participants);
            // "will host Norwegian Prime Minister Solberg in Warsaw on May 20 for talks": host and guest take part in the talks.
            if (!cue.IsVerb && hostVerbs.LastOrDefault(v => v.End <= npStart) is { } hostVerb)
                who.AddRange(CueParticipants.HostAndGuests(text, hostVerb, npStart, participants).Where(p => !who.Contains(p)));
            if (who.Count == 0 && tail.StartsWith("between ", StringComparison.Ordinal))
                who = participants.Where(p => p.Kind == ActorKind.Person && p.Start < npStart).TakeLast(2).ToList();
            var explicitParticipants = tail.StartsWith("between ", StringComparison.Ordinal) || tail.StartsWith("with ", StringComparison.Ordinal)
                // "the first presidential debate against Joe Biden", "a friendly match against Eritrea": the other side named
                // (not a lawsuit's: "her lawsuit against Trump" is a case of its own, apart from the trial the sentence tells).
                || !cue.IsVerb && cue.Kind != "trial" && tail.StartsWith("against ", StringComparison.Ordinal) && who.Any(p => p.Start > cue.End)
                // "He spoke on the telephone to US President George Bush": a call to a named person.
                || cue.IsVerb && cue.Kind == "call" && tail.StartsWith("to ", StringComparison.Ordinal) && who.Any(p => p.Kind == ActorKind.Person && p.Start > cue.End)
                || modifiers.Contains('-') && modifiers.Split(' ').Any(w => w.Contains('-') && char.IsUpper(w[0]))
                || modifiers.Split(' ').Any(w => (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) && char.IsUpper(w[0]) && !CueFilters.IsWeekday(w));
            var properModifier = modifiers.Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !CueFilters.IsWeekday(w) && !EventPhrase.TitleNoise.Contains(w));
            var body = CueParticipants.BodyOf(modifiers);
            // "the decision to expel ...": what follows says which decision, as a name would.
            var complement = !cue.IsVerb && cue.Kind == "decision" && text.AsSpan(cue.End).StartsWith(" to ", StringComparison.Ordinal)
                && EventPhrase.WordsBefore(text, npStart, 1) is not (["my" or "our" or "your" or "My" or "Our" or "Your"]);
            // "the ministerial meeting of the European Union ... in Limassol on 12 November": a body named after the noun, with a day
            // or place of its own, says which meeting, as a name would ("the prorogation of the UK parliament" still points back).
            var ofBody = tail.StartsWith("of ", StringComparison.Ordinal) && (date is not null || place is not null)
                && participants.Any(p => p.Kind != ActorKind.Person && p.Start >= cue.End && p.Start < tailEnd);
            var anaphor = !cue.IsVerb && cue.Name is null && CueFilters.IsAnaphor(text, npStart, modifiers) && !explicitParticipants && !complement && !ofBody;
            // "at their next meeting" with nobody, no day and no place named is no particular meeting.
            var plannedWord = modifiers.Split(' ').Any(EventPhrase.PlannedWords.Contains);
            // "it came a day after a drone struck": an event the sentence dates from another is a particular one.
            var verbWithSubject = cue.IsVerb && (who.Any(p => p.Start < cue.Start)
                || past.Any(d => d.Reference == DateReference.EventRelative && !CueDating.Trailing(d) && d.End <= cue.Start
                    && (cue.Start - d.End < 30 || cue.Start - d.End < 90 && text.IndexOfAny([',', ';', ':', '(', '“', '"'], d.End, cue.Start - d.End) < 0)));
            var signedBy = !cue.IsVerb && EventPhrase.WordsBefore(text, npStart, 2).Any(w => w is "signed" or "sign" or "signs" or "signing");
            var signing = !cue.IsVerb && EventWording.Signing(text, npStart, cue);
            var orgSubject = who.Any(p => p.Start < cue.Start && p.Kind != ActorKind.Person) && !who.Any(p => p.Start < cue.Start && p.Kind == ActorKind.Person);
            // "ECOWAS imposed sanctions on Niger", "the rebels launched attacks": a noun an actor did in the past is what it did, plural or not.
            var doneBy = !cue.IsVerb && quote < 0 && tense == Tense.Past && EventPhrase.SubjectSpan(text, npStart, cue.End) is var (doerFrom, verbAt)
                && verbAt < npStart && PastDeed().IsMatch(text.AsSpan()[verbAt..npStart]) && participants.Any(p => p.Start >= doerFrom && p.Start < verbAt);
            // "Odvik filed his resignation": a resignation its subject filed or tendered is that person's own, no reference to one told before.
            if (anaphor && doneBy && cue.Kind == "resignation") anaphor = false;
            var (heldFrom, heldAt) = doneBy && EventPhrase.SubjectSpan(text, npStart, cue.End) is var (heldStart, heldVerb) && text.AsSpan(heldVerb).StartsWith("held ") ? (heldStart, heldVerb) : (0, 0);

            // "the Senate announced it would meet on Monday": what is announced is itself the event, when the vocabulary names it.
            var announcedDecision = cue.IsVerb && cue.Head is "announced" or "announcing" && quote < 0 && who.Any(p => p.Start < cue.Start && cue.Start - p.Start < 60)
                && AnnouncedDecision().IsMatch(text.AsSpan()[cue.End..]) && !(i + 1 < cues.Count && (cues[i + 1].IsVerb && cues[i + 1].Start - cue.End < 80 || cues[i + 1].Name is null && cues[i + 1].Kind != "announcement" && cues[i + 1].Start - cue.End < 40) && text.IndexOfAny(['.', ';'], cue.End, cues[i + 1].Start - cue.End) < 0);
            var destination = cue.Kind == "visit" && (tail.StartsWith("to ", StringComparison.Ordinal) && tail.Length > 3 && char.IsUpper(tail[3]) || cue.IsVerb);
            var anchored = cue.Kind switch
            {
                "war" => date is not null || cue.Name is not null || properModifier,
                "invasion" => date is not null || cue.Name is not null,
                // "Allies agreed to raise spending", "Kyiv and Moscow signed a prisoner exchange deal": countries or bodies agreeing are an event.
                // "The ministers signed a memorandum", "a protocol signed at the summit": a signing is an event whoever signs.
                "agreement" => date is not null || cue.Name is not null || (cue.IsVerb || signedBy) && who.Any(p => p.Start < cue.Start && p.Kind != ActorKind.Person)
                    // "The two sides agreed to open a hotline", "allies agreed to raise spending": a group that agrees is a party too.
                    || signing || cue.IsVerb && quote < 0 && GroupSubjects.Before(text, cue.Start),
                // "The Senate approved the bill": a body's vote; "Iraq has since declared victory": a government's declaration.
                // "Mr Bush's re-election came at a crucial time": a person's own election is a particular one.
                "election" => date is not null || cue.Name is not null || cue.IsVerb && orgSubject && BodyVote().IsMatch(cue.Head)
                    || !cue.IsVerb && quote < 0 && modifiers.Split(' ').Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))
                        && participants.Any(p => p.Kind == ActorKind.Person && p.Start >= npStart && p.Start < cue.Start),
                // "Austria proposed a ban", "Portugal is expected to announce quotas": a proposal or an announcement ahead by whoever makes it.
                "announcement" => date is not null || cue.Name is not null
                    || cue.IsVerb && (cue.Head.StartsWith("proposed", StringComparison.Ordinal) || cue.Head.EndsWith("to announce", StringComparison.Ordinal))
                        && who.Any(p => p.Start < cue.Start && cue.Start - p.Start < 50)
                    || cue.IsVerb && orgSubject && (cue.Head == "declared" && !ClauseFollows().IsMatch(text.AsSpan()[cue.End..]) || cue.Head == "announced" && DecisionFollows().IsMatch(text.AsSpan()[cue.End..]))
                    // "Biden and Sanders announced they were to form six working groups", "Oman announced three days of mourning":
                    // whoever announces, what is announced is a decision (an intention, or a measure counted out).
                    || announcedDecision
                    // "Khamenei ordered three days of public mourning": what an actor ordered or declared is a measure taken.
                    || doneBy,
                "independence" => date is not null || cue.Name is not null,
                "attack" or "sanctions" or "resignation" or "withdrawal" or "deployment" or "incident" or "decision" or "exercise"
                    or "speech" or "death" or "appointment" or "protest" or "arrest" or "evacuation"
                    => date is not null || cue.Name is not null || verbWithSubject || place is not null || properModifier || plannedWord && who.Count > 0 || doneBy,
                // "the impeachment trial is conducted in the Senate" speaks of the procedure: a trial needs its day or who stands trial.
                "trial" => date is not null || cue.Name is not null || verbWithSubject || explicitParticipants || tail.StartsWith("of ", StringComparison.Ordinal) && who.Count > 0,
                "named" => true,
                EventCueFinder.SeriesKind => date is not null,
                _ => date is not null || cue.Name is not null || body is not null || place is not null || explicitParticipants
                     || properModifier || plannedWord && who.Count > 0 || verbWithSubject || destination || tense == Tense.Future && who.Count > 0 || doneBy
                     // "When the royal council met": a group or body doing it, as a named actor would.
                     || cue.IsVerb && quote < 0 && GroupSubjects.Before(text, cue.Start),
            };
            if (cue.DatedOnly) anchored = date is not null || quote < 0 && !modal && DatedNouns.ToldAsHappening(text, cue);
            // "The amendment is to be signed in Dakar next month": a thing to be signed or ratified on a day or at a place is a particular planned event, whoever holds the plan.
            // "the fourth session of the joint commission", "the 25th summit of the bloc": an ordinal of a body's series says which one, as a name would.
            if (!cue.IsVerb && quote < 0 && cue.Kind is "meeting" or "summit" or "talks" && tail.StartsWith("of ", StringComparison.Ordinal) && !tail.StartsWith("of its kind", StringComparison.Ordinal)
                && modifiers.Split(' ').Any(w => OrdinalWord().IsMatch(w))) anchored = true;
            if (expected && !modal && (!SentenceText.Plural(cue.Head) || date is not null)) anchored = true;
            if (cue.Intended) anchored = IntendedEvents.Held(text, cue, participants) || cue.Head.EndsWith("ed", StringComparison.Ordinal) && quote < 0 && (date is not null || place is not null);
            if (anaphor) anchored = date is not null || place is not null;
            if (quote < 0 && !modal && EventWording.HeldByNamed(text, cue, participants.Select(p => p.Start))) anchored = true;
            // "Prieto and Salas exchanged sharp words in a phone call": a call the clause's named people had, whatever its verb.
            if (!cue.IsVerb && quote < 0 && cue.Kind == "call" && EventPhrase.WordsBefore(text, npStart, 2) is ["in" or "during", "a" or "an" or "their" or "his" or "her"]
                && participants.Where(p => p.Kind == ActorKind.Person && p.Start < npStart && npStart - p.Start < 160).ToList() is { Count: > 0 } callers)
            {
                anchored = true;
                foreach (var caller in callers) if (!who.Contains(caller)) who.Add(caller);
            }
            // Speakers talk of events loosely ("this war must end"): a quoted event needs a date, a name, a place or named parties of its own.
            if (quote >= 0) anchored = anchored && !anaphor && (date is not null || cue.Name is not null || properModifier || place is not null || explicitParticipants);
            // "could meet" is planned only when the text says when or where.
            if (modal) anchored = anchored && (date is not null || place is not null);
            // "The coalition came to Iraq to fight ISIS": coming somewhere is a visit when the text says when.
            if (cue.IsVerb && cue.Head is "came to" or "flew to" && date is null) anchored = false;
            // "..., announcing that the border would close": the gerund is an event only when what it announces is a decision.
            if (cue.IsVerb && cue.Head == "announcing" && !announcedDecision) anchored = false;
            // "The general is going to Siem Reap on Friday": going somewhere is a trip of a person, not "the prize is going to France".
            if (cue.IsVerb && cue.Kind == "visit" && (cue.Head.EndsWith("going to", StringComparison.Ordinal) || cue.Head.EndsWith("heading to", StringComparison.Ordinal))
                && !(participants.LastOrDefault(p => p.Start < cue.Start) is { Kind: ActorKind.Person } goer && cue.Start - goer.Start < 60)) anchored = false;
            // "there was an exchange of fire at dawn near the temple": an event the sentence says there was.
            if (!cue.IsVerb && quote < 0 && !modal && cue.Name is null && EventWording.Existential(text, npStart)) (anchored, tense) = (true, Tense.Past);
            // "The 40-tonne cargo left by rail and is due in Tianjin in a week": goods that are due somewhere pay no visit.
            if (cue.IsVerb && cue.Kind == "visit" && cue.Head.EndsWith("due in", StringComparison.Ordinal) && CueFilters.GoodsSubject(text[..cue.Start])) anchored = false;
            // "A ceasefire took effect", "the vote was held", "talks ... collapsed": the sentence says the event itself happened.
            if (!cue.IsVerb && quote < 0 && !modal && (!SentenceText.Plural(cue.Head) || date is not null) && Occurred().IsMatch(text.AsSpan()[cue.End..regionEnd])) anchored = true;
            if (complement && (who.Count > 0 || EventPhrase.WordsBefore(text, npStart, 1) is ["its" or "his" or "her" or "their"]
                && participants.Any(p => p.Start < npStart && p.Start >= npStart - 60))) anchored = true;
            // "Raab spoke with Pompeo": speaking with a named person, not to reporters or a broadcaster.
            if (cue.IsVerb && cue.Head.EndsWith(" with", StringComparison.Ordinal) && cue.Kind == "call" && !who.Any(p => p.Kind == ActorKind.Person && p.Start > cue.Start)) anchored = false;
            // "The Secretary spoke to Foreign Minister Sarr": speaking to a person named right after is a call or a talk; not
            // "spoke to the BBC's correspondent" or "spoke to reporters".
            if (cue.IsVerb && cue.Kind == "call" && cue.Head is "spoke to" or "talked to"
                && !(participants.FirstOrDefault(p => p.Start > cue.Start) is { Kind: ActorKind.Person } addressee && addressee.Start - cue.End <= 40
                    && text.AsSpan()[cue.End..addressee.Start].IndexOfAny("’',(\"“") < 0)) anchored = false;
            // "At a joint news conference, Karam said": an event the sentence opens with, where a named person then speaks, is a particular one.
            if (!anchored && !cue.IsVerb && quote < 0 && frameEnd > 0 && cue.End <= frameEnd && participants.Any(p => p.Kind == ActorKind.Person && p.Start > frameEnd)) anchored = true;
            // "the resignation of his predecessor, Tsogt Enkhbold": a person's resignation, death or appointment named by who it was.
            if (!anchored && !cue.IsVerb && quote < 0 && cue.Kind is "resignation" or "death" or "appointment" or "arrest"
                && text.AsSpan(cue.End).StartsWith(" of ", StringComparison.Ordinal)
                && participants.FirstOrDefault(p => p.Start > cue.End && p.Start - cue.End <= 45) is { Kind: ActorKind.Person } named
                && text.IndexOfAny(['.', ';', ':', '(', '“', '"'], cue.End, named.Start - cue.End) < 0)
            {
                anchored = true;
                if (!who.Contains(named)) who.Add(named);
            }
            // "The Board has appointed Sarah Whitcombe as finance director": an appointment of a named person is a particular one.
            if (!anchored && cue.IsVerb && cue.Kind == "appointment" && quote < 0
                && participants.Any(p => p.Kind == ActorKind.Person && p.Start >= cue.End && p.Start - cue.End <= 2))
                anchored = true;
            // Deaths worth an event are of named people.
            // "police arrested 12 protesters", "at least 40 people were detained on Friday": an arrest of a counted group, by
            // an actor or a body, or on a day or at a place of its own.
            var counted = quote < 0 && CountedGroups.Arrested(text, cue) && (anchored || !cue.Head.StartsWith("were ", StringComparison.Ordinal) && GroupSubjects.Before(text, cue.Start));
            // "Trouble flared after nine French peacekeepers were killed": the deaths of a counted group, when the sentence
            // tells of no attack or incident they belong to.
            var countedDead = quote < 0 && !modal && !who.Any(p => p.Kind == ActorKind.Person) && !cues.Any(o => o.Kind is "attack" or "incident" || o.Kind == "death" && o != cue)
                ? CountedGroups.Dead(text, cue) : null;
            if (countedDead is not null) counted = true;
            if (cue.Kind is "death" or "arrest" or "evacuation" && !who.Any(p => p.Kind == ActorKind.Person)) anchored = counted;
            if (cue.Kind == "incident" && cue.IsVerb && (cue.Head.EndsWith("poisoned", StringComparison.Ordinal) || cue.Head.StartsWith("fell", StringComparison.Ordinal) || cue.Head.EndsWith("positive", StringComparison.Ordinal))
                && !who.Any(p => p.Kind == ActorKind.Person && p.Start < cue.Start)) anchored = false;
            // "G7 meetings usually center on politics": a plural with neither date nor place speaks of a kind of event.
            // "the Christchurch mosque shootings" are one particular attack.
            if (!cue.IsVerb && cue.Name is null && SentenceText.Plural(cue.Head) && date is null && place is null && !(cue.Kind == "attack" && properModifier) && !doneBy) anchored = false;
            // "a standard protocol" of a laboratory: a protocol is an agreement only when signed, or by its name.
            if (cue.Kind == "agreement" && cue.Name is null && cue.Head.StartsWith("protocol", StringComparison.OrdinalIgnoreCase) && !signing) anchored = false;
            // "Under the agreement, the buyer will take 12,000 tonnes a year from 2027": the terms of an agreement told before, not one of their own.
            if (anaphor && EventPhrase.WordsBefore(text, npStart, 2) is ["Under" or "under", _]) (anchored, date) = (false, null);
            if (!anchored && !anaphor) continue;

            // "its January 3 security alert": the date in the noun's phrase says when, not which alert.
            var titleModifiers = cue.DatedOnly && date is not null && date.End > npStart && date.End <= cue.Start
                ? $"{text[npStart..Math.Max(npStart, date.Start)]} {text[date.End..cue.Start]}".Trim() : modifiers;
            var title = EventTitles.Build(text, cue, titleModifiers, tail, place, who, tense);
            // A dated noun with nobody named in its phrase is titled by its own words, not by a name found earlier in the sentence.
            if (cue.DatedOnly && who.Count == 0)
                title = (EventTitles.Capital(string.Join(' ', titleModifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !EventPhrase.TitleNoise.Contains(w)).Append(cue.Head))
                    + EventTitles.At(place)), place is null ? 1 : 2);
            if (announcedDecision) title = (EventTitles.Announced(text, cue, who), 3);
            if (countedDead is not null) title = ($"Deaths of {countedDead}{EventTitles.At(place)}", 2);
            // "announced that the system would be reactivated for the first time since 2024": a "since" date is the decision's past, not its day.
            if (announcedDecision && date is not null && date.Text.StartsWith("since ", StringComparison.OrdinalIgnoreCase)) date = null;
            // "Warren announced yesterday she was endorsing Biden": the day right after the verb is the announcing's.
            if (announcedDecision && date is null && past.FirstOrDefault(d => d.Start - cue.End is >= 0 and <= 1 && d.Reference == DateReference.ArticleRelative) is { } said)
                date = said;
            // Without actor mentions, the name just before a verb or a "his/her" still tells whose event it is.
            var subjectName = who.Count == 0 && (cue.IsVerb || EventPhrase.WordsBefore(text, npStart, 1) is ["his"] or ["her"] or ["their"])
                ? EventTitles.NamesIn(text[..npStart], who).LastOrDefault() : null;
            var words = ProperWords($"{modifiers} {cue.Name} {tail} {place} {subjectName} {string.Join(' ', who.Select(p => p.Name))}");
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + cue.Start, cue.Length);
            // "Hilary Benn will also visit Aceh": a noun of the vocabulary used as a verb has its subject as doer, as a verb has.
            var verbalNoun = !cue.IsVerb && npStart == cue.Start && EventPhrase.WordsBefore(text, cue.Start, 1) is ["will" or "would" or "shall" or "to" or "also"];
            var agents = (cue.IsVerb || verbalNoun ? who.Where(p => p.Start < cue.Start) : participants.Where(p => p.Start >= npStart && p.Start < cue.Start))
                .Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            indexOfCue[cue] = result.Count;
            result.Add(new EventCandidate(cue, title.Text, title.Quality, date?.Date, date?.Text, null, tense, place,
                who.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(), words, body, anaphor, span)
            {
                StandsAlone = anchored,
                OpensSeries = modifiers.Split(' ').Contains("first", StringComparer.OrdinalIgnoreCase),
                SaysSame = anaphor && modifiers.Split(' ').Contains("same", StringComparer.Ordinal),
                SaysAlso = !cue.IsVerb && (doneBy && EventPhrase.WordsBefore(text, npStart, 3).Contains("also") || AlsoOccurred().IsMatch(text.AsSpan()[cue.End..regionEnd])
                    || verbalNoun && EventPhrase.WordsBefore(text, cue.Start, 2).Contains("also") && agents.Length > 0),
                Hosts = OneActorsAct(cue.Kind) ? agents
                    : participants.Where(p => p.Kind == ActorKind.Organization && (p.Start >= npStart && p.Start < cue.Start || HeldBy(cue, doneBy, p, heldFrom, heldAt)))
                        .Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                Agents = agents,
                Pluperfect = ForwardClauses.Pluperfect(text, cue.Start),
                Topics = EventPhrase.TopicsIn(text[Math.Min(cue.IsVerb ? SentenceText.ClauseBefore(text, cue.Start, 60) : npStart, EventPhrase.SubjectSpan(text, npStart, cue.End)?.Start ?? npStart)..tailEnd]),
            });
            // "two telephone calls, on 3 May and again on 9 June": a counted plural with a list of dates is one event per date.
            var others = CountedDates.Others(text, cue, npStart, date, tense == Tense.Future ? future : past, dateOf.Where(kv => kv.Key != i).Select(kv => past[kv.Value].Start).ToHashSet());
            if (others.Count > 0)
            {
                var (one, oneModifiers) = CountedDates.Singular(cue, modifiers);
                result[^1] = result[^1] with { Title = EventTitles.Build(text, one, oneModifiers, tail, place, who, tense).Text };
                foreach (var other in others)
                    result.Add(result[^1] with { Date = other.Date, DateText = other.Text, Span = new EventSpan(paragraph, sentence.Index, sentence.Start + other.Start, other.Length) });
            }
            // "declared in Ostria on 6 February, Velland on 22 October, and Karsk on 8 December": one event per item of an elided list.
            else if (tense != Tense.Future)
            {
                var listed = result[^1];
                foreach (var (itemAt, itemName, itemDate) in ElidedLists.Items(text, cue.End, date, past, dateOf.Where(kv => kv.Key != i).Select(kv => past[kv.Value].Start).ToHashSet()))
                {
                    var itemWho = who.Where(p => p.Start < cue.Start).Concat(participants.Where(p => p.Start >= itemAt && p.Start < itemAt + itemName.Length)).Distinct().ToList();
                    result.Add(listed with
                    {
                        Title = EventTitles.Build(text, cue, modifiers, "", itemName, itemWho, tense).Text,
                        Date = itemDate.Date, DateText = itemDate.Text, Place = itemName,
                        ActorKeys = itemWho.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                        Words = ProperWords($"{modifiers} {itemName} {string.Join(' ', itemWho.Select(p => p.Name))}"),
                        Span = new EventSpan(paragraph, sentence.Index, sentence.Start + itemAt, itemDate.End - itemAt),
                    });
                }
            }
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