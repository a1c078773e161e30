using System.Collections.Immutable;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Reads the event cues of one sentence into candidates: attaches each date expression to the nearest cue, reads
/// place, participants and tense from the cue's own stretch of the sentence, and drops possibilities ("a potential
/// peace deal") and bare generic nouns that name no particular event ("peace talks").
/// </summary>
public static partial class SentenceEventReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")]
    private static partial System.Text.RegularExpressions.Regex SpeakersDay();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:that|which) )?(?:ended|ended up|culminated|concluded|resulted) (?:with|in) (?:a|an|the)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex EndedWith();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:approved|approves|adopted|adopts|passed|vetoed|vetoes|confirmed|was |were )")]
    private static partial System.Text.RegularExpressions.Regex BodyVote();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:said|says|told|tells|reported|claimed|alleged|confirmed)\b")]
    private static partial System.Text.RegularExpressions.Regex SaidBetween();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:crimes?|criminals?|chest|room|games|zone|footing|evasion|regime|relief|list|policy|busting|violations?|monitor|monitoring|experts?|record|campaign(?:er|ers)?|site|season|observers?)\b")]
    private static partial System.Text.RegularExpressions.Regex NounModifier();

    /// <summary>"announced that ...", "declared it ...": what follows is what was said, not a decision announced.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:that|it|on|in|to|at|he|she|they|we|his|her|their)\b")]
    private static partial System.Text.RegularExpressions.Regex ClauseFollows();

    /// <summary>"announced new restrictions", "announced its withdrawal": a decision made known (not "announced the tests found ...").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:new|a|an|its|their|plans|his|her)\b")]
    private static partial System.Text.RegularExpressions.Regex DecisionFollows();

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "stated", "confirmed", "noted", "wrote", "announced", "warned", "argued",
    };

    private static readonly string[] BodyWords = ["Group", "Council", "Committee", "Commission", "Forum", "Assembly", "Cabinet", "Parliament", "Board", "Congress"];

    public sealed record Participant(string Key, string Name, ActorKind Kind, int Start);

    /// <summary>A date the sentence ties to another event: the candidate at <see cref="Object"/> lies <see cref="OffsetDays"/> days from the one at <see cref="Subject"/>.</summary>
    public sealed record RelativeDate(int Subject, int Object, int OffsetDays);

    public static (List<EventCandidate> Candidates, List<RelativeDate> Relative) Read(
        string text, int paragraph, DocSentence sentence, PartialDate? articleDate, IReadOnlyList<Participant> participants)
    {
        var quotes = SentenceText.QuoteRanges(text);
        var cues = EventCueFinder.Find(text).Where(c => !IsNamePart(text, c)).ToList();
        cues = DropNested(text, cues);
        cues = EventWording.DropVerbsOfTheirEvent(text, cues);
        var (allPast, allFuture) = DateExpressionParser.FindBoth(text, articleDate);
        // "BISHKEK, April 20 (Kabar) –": the dateline's day is when the story was filed, not when anything in it happens.
        var datelineEnd = sentence.Index == 0 ? ChronologyLines.DatelineEnd(text) : 0;
        var past = datelineEnd == 0 ? allPast : allPast.Where(d => d.Start >= datelineEnd).ToList();
        var future = datelineEnd == 0 ? allFuture : allFuture.Where(d => d.Start >= datelineEnd).ToList();
        var dateOf = AttachDates(text, cues, past, quotes);

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
            if (IsVerbUse(text, cue, personBefore) || EventPhrase.IsHypothetical(text, cue, modifiers, modalsAllowed: true)) continue;
            var modal = EventPhrase.IsHypothetical(text, cue, modifiers);

            // Inside a quote, the quote's own words give the tense ("I will be naming ... next week").
            var quote = quotes.FindIndex(q => cue.Start >= q.Start && cue.Start < q.End);
            var tense = modal ? Tense.Future
                : EventPhrase.TenseAt(quote >= 0 ? SentenceText.Inside(text, quotes[quote]) : SentenceText.Unquoted(text, quotes), cue, modifiers);
            DateExpression? date = null;
            if (dateOf.TryGetValue(i, out var di))
            {
                var ahead = future.FirstOrDefault(f => f.Start == past[di].Start);
                date = tense == Tense.Future ? ahead ?? past[di] : tense == Tense.Unknown ? Nearer(past[di], ahead, articleDate) : past[di];
            }
            if (date is null && frame is not null && cue.IsVerb && cue.Start > frameEnd) date = frame;
            if (date is null && line is not null && cue.Start >= line.Value.ClauseStart) date = line.Value.Date;
            // "The 2012 border war ended with a cooperation agreement": the outcome belongs to the year the text gives the event it ends.
            if (date is null && i > 0 && dateOf.TryGetValue(i - 1, out var pi) && past[pi].Date is { } endedYear
                && EndedWith().IsMatch(text[cues[i - 1].End..Math.Max(cues[i - 1].End, npStart)]))
                date = past[pi] with { Date = PartialDate.OfYear(endedYear.Year) };
            // A speaker's "this morning" counts from when they spoke, which the article rarely says: only its month is sure.
            if (quote >= 0 && date is { Reference: DateReference.ArticleRelative, Date: { Precision: DatePrecision.Day } day } && SpeakersDay().IsMatch(date.Text))
                date = date with { Date = PartialDate.OfMonth(day.Year, day.Month) };
            var (place, _) = EventPhrase.PlaceIn(text, cue.End, regionEnd, pos => past.Any(d => pos >= d.Start && pos < d.End));

            var relativeAt = past.FirstOrDefault(d => d.Reference == DateReference.EventRelative && d.Start >= cue.End && d.Start < regionEnd);
            if (relativeAt is not null) regionEnd = relativeAt.Start;
            var tail = TailPhrase(text, cue.End, regionEnd);
            var tailEnd = Math.Min(regionEnd, text.IndexOf(tail, cue.End, StringComparison.Ordinal) is var t and >= 0 ? t + tail.Length : cue.End);
            var who = ParticipantsOf(text, cue, npStart, tailEnd, participants);
            if (who.Count == 0 && tail.StartsWith("between ", StringComparison.Ordinal))
                who = participants.Where(p => p.Kind == ActorKind.Person && p.Start < npStart).TakeLast(2).ToList();
            var explicitParticipants = tail.StartsWith("between ", StringComparison.Ordinal) || tail.StartsWith("with ", StringComparison.Ordinal)
                || modifiers.Contains('-') && modifiers.Split(' ').Any(w => w.Contains('-') && char.IsUpper(w[0]))
                || modifiers.Split(' ').Any(w => (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) && char.IsUpper(w[0]) && !IsWeekday(w));
            var properModifier = modifiers.Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !IsWeekday(w) && !EventPhrase.TitleNoise.Contains(w));
            var body = BodyOf(modifiers);
            var anaphor = !cue.IsVerb && cue.Name is null && IsAnaphor(text, npStart, modifiers) && !explicitParticipants;
            // "at their next meeting" with nobody, no day and no place named is no particular meeting.
            var plannedWord = modifiers.Split(' ').Any(EventPhrase.PlannedWords.Contains);
            // "it came a day after a drone struck": an event the sentence dates from another is a particular one.
            var verbWithSubject = cue.IsVerb && (who.Any(p => p.Start < cue.Start)
                || past.Any(d => d.Reference == DateReference.EventRelative && !Trailing(d) && d.End <= cue.Start && cue.Start - d.End < 30));
            var signedBy = !cue.IsVerb && EventPhrase.WordsBefore(text, npStart, 2).Any(w => w is "signed" or "sign" or "signs" or "signing");
            var signing = !cue.IsVerb && EventWording.Signing(text, npStart, cue);
            var orgSubject = who.Any(p => p.Start < cue.Start && p.Kind != ActorKind.Person) && !who.Any(p => p.Start < cue.Start && p.Kind == ActorKind.Person);

            var destination = cue.Kind == "visit" && (tail.StartsWith("to ", StringComparison.Ordinal) && tail.Length > 3 && char.IsUpper(tail[3]) || cue.IsVerb);
            var anchored = cue.Kind switch
            {
                "war" => date is not null || cue.Name is not null || properModifier,
                "invasion" => date is not null || cue.Name is not null,
                // "Allies agreed to raise spending", "Kyiv and Moscow signed a prisoner exchange deal": countries or bodies agreeing are an event.
                // "The ministers signed a memorandum", "a protocol signed at the summit": a signing is an event whoever signs.
                "agreement" => date is not null || cue.Name is not null || (cue.IsVerb || signedBy) && who.Any(p => p.Start < cue.Start && p.Kind != ActorKind.Person)
                    || signing,
                // "The Senate approved the bill": a body's vote; "Iraq has since declared victory": a government's declaration.
                "election" => date is not null || cue.Name is not null || cue.IsVerb && orgSubject && BodyVote().IsMatch(cue.Head),
                "announcement" => date is not null || cue.Name is not null || cue.IsVerb && orgSubject && (cue.Head == "declared" && !ClauseFollows().IsMatch(text[cue.End..]) || cue.Head == "announced" && DecisionFollows().IsMatch(text[cue.End..])),
                "independence" => date is not null || cue.Name is not null,
                "attack" or "sanctions" or "resignation" or "withdrawal" or "deployment" or "incident" or "decision" or "exercise"
                    or "speech" or "death" or "appointment" or "protest" or "arrest" or "evacuation"
                    => date is not null || cue.Name is not null || verbWithSubject || place is not null || properModifier || plannedWord && who.Count > 0,
                // "the impeachment trial is conducted in the Senate" speaks of the procedure: a trial needs its day or who stands trial.
                "trial" => date is not null || cue.Name is not null || verbWithSubject || explicitParticipants || tail.StartsWith("of ", StringComparison.Ordinal) && who.Count > 0,
                "named" => true,
                EventCueFinder.SeriesKind => date is not null,
                _ => date is not null || cue.Name is not null || body is not null || place is not null || explicitParticipants
                     || properModifier || plannedWord && who.Count > 0 || verbWithSubject || destination || tense == Tense.Future && who.Count > 0,
            };
            if (anaphor) anchored = date is not null || place is not null;
            // Speakers talk of events loosely ("this war must end"): a quoted event needs a date, a name, a place or named parties of its own.
            if (quote >= 0) anchored = anchored && !anaphor && (date is not null || cue.Name is not null || properModifier || place is not null || explicitParticipants);
            // "could meet" is planned only when the text says when or where.
            if (modal) anchored = anchored && (date is not null || place is not null);
            // "The coalition came to Iraq to fight ISIS": coming somewhere is a visit when the text says when.
            if (cue.IsVerb && cue.Head is "came to" or "flew to" && date is null) anchored = false;
            // Deaths worth an event are of named people.
            if (cue.Kind is "death" or "arrest" or "evacuation" && !who.Any(p => p.Kind == ActorKind.Person)) anchored = false;
            if (cue.Kind == "incident" && cue.IsVerb && (cue.Head.EndsWith("poisoned", StringComparison.Ordinal) || cue.Head.StartsWith("fell", StringComparison.Ordinal))
                && !who.Any(p => p.Kind == ActorKind.Person && p.Start < cue.Start)) anchored = false;
            // "G7 meetings usually center on politics": a plural with neither date nor place speaks of a kind of event.
            // "the Christchurch mosque shootings" are one particular attack.
            if (!cue.IsVerb && cue.Name is null && SentenceText.Plural(cue.Head) && date is null && place is null && !(cue.Kind == "attack" && properModifier)) anchored = false;
            // "a standard protocol" of a laboratory: a protocol is an agreement only when signed, or by its name.
            if (cue.Kind == "agreement" && cue.Name is null && cue.Head.StartsWith("protocol", StringComparison.OrdinalIgnoreCase) && !signing) anchored = false;
            if (!anchored && !anaphor) continue;

            var title = EventTitles.Build(text, cue, modifiers, tail, place, who, tense);
            // Without actor mentions, the name just before a verb or a "his/her" still tells whose event it is.
            var subjectName = who.Count == 0 && (cue.IsVerb || EventPhrase.WordsBefore(text, npStart, 1) is ["his"] or ["her"] or ["their"])
                ? EventTitles.NamesIn(text[..npStart], who).LastOrDefault() : null;
            var words = ProperWords($"{modifiers} {cue.Name} {tail} {place} {subjectName} {string.Join(' ', who.Select(p => p.Name))}");
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + cue.Start, cue.Length);
            indexOfCue[cue] = result.Count;
            result.Add(new EventCandidate(cue, title.Text, title.Quality, date?.Date, date?.Text, 0, tense, place,
                who.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(), words, body, anaphor, span)
            {
                StandsAlone = anchored,
                OpensSeries = modifiers.Split(' ').Contains("first", StringComparer.OrdinalIgnoreCase),
                Hosts = participants.Where(p => p.Kind == ActorKind.Organization && p.Start >= npStart && p.Start < cue.Start).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                Agents = (cue.IsVerb ? who.Where(p => p.Start < cue.Start) : participants.Where(p => p.Start >= npStart && p.Start < cue.Start))
                    .Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                Topics = EventPhrase.TopicsIn(text[Math.Min(cue.IsVerb ? SentenceText.ClauseBefore(text, cue.Start, 60) : npStart, EventPhrase.SubjectSpan(text, npStart, cue.End)?.Start ?? npStart)..tailEnd]),
            });
        }

        // A chronology line with no event word ("Jan. 2026 - Kazakhstan halts electricity exports") is still one event: its clause.
        if (line is { } l && !result.Any(c => c.Date is not null && c.Span.Start - sentence.Start >= l.ClauseStart))
            result.Add(ChronologyLines.Event(text, paragraph, sentence, l, participants, past));

        var relative = new List<RelativeDate>();
        foreach (var r in past.Where(d => d.Reference == DateReference.EventRelative))
        {
            var subject = result.FindLastIndex(c => c.Cue.End <= r.Start);
            var obj = result.FindIndex(c => c.Cue.Start >= r.End);
            // "two days later", "the following day": what comes after it lies that far after what came before (not "one day after B").
            if (Trailing(r))
            {
                if (subject >= 0 && obj >= 0) relative.Add(new RelativeDate(subject, obj, r.OffsetDays));
                else if (obj >= 0 && result[obj].Date is null) result[obj] = result[obj] with { DateOffsetFromSubject = r.OffsetDays, DateText = r.Text };
                else if (subject >= 0 && result[subject].Date is null) result[subject] = result[subject] with { DateOffsetFromSubject = r.OffsetDays, DateText = r.Text };
                continue;
            }
            if (subject >= 0 && obj >= 0) relative.Add(new RelativeDate(subject, obj, -r.OffsetDays));
            // No event named before it: the day given earlier in the sentence is the anchor ("on Sunday ...: it came a day after a drone struck").
            else if (subject < 0 && obj >= 0 && past.LastOrDefault(d => d.End <= r.Start && d.Date?.ToDateOnly() is not null) is { } anchor
                && (result[obj].Date is null || result[obj].Date == anchor.Date))
                result[obj] = result[obj] with
                {
                    Date = PartialDate.FromDateOnly(anchor.Date!.Value.ToDateOnly()!.Value.AddDays(-r.OffsetDays)),
                    DateText = $"{r.Text} {anchor.Text}",
                };
            // "... could meet separately in the Ethiopian capital the day before": before the event last spoken of.
            else if (subject >= 0 && obj < 0 && result[subject].Date is null)
                result[subject] = result[subject] with { DateOffsetFromSubject = r.OffsetDays, DateText = r.Text };
        }
        return (result, relative);
    }

    private static bool Trailing(DateExpression r) =>
        r.Text.EndsWith("later", StringComparison.OrdinalIgnoreCase) || r.Text.EndsWith("earlier", StringComparison.OrdinalIgnoreCase)
        || r.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !r.Text.EndsWith("after", StringComparison.OrdinalIgnoreCase) && !r.Text.EndsWith("before", StringComparison.OrdinalIgnoreCase);

    /// <summary>When the wording gives no tense ("the September exercise"), a date without a year is the one nearer the article's date.</summary>
    private static DateExpression Nearer(DateExpression past, DateExpression? ahead, PartialDate? articleDate)
    {
        if (ahead?.Date is not { } a || past.Date is not { } p || articleDate is not { } d) return past;
        static int Months(PartialDate x, PartialDate y) => Math.Abs((x.Year * 12 + Math.Max(1, x.Month)) - (y.Year * 12 + Math.Max(1, y.Month)));
        return Months(a, d) < Months(p, d) ? ahead : past;
    }

    private static bool IsWeekday(string w) => w.TrimEnd('s').TrimEnd('\'', '’') is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>"to deal with" and "visits" as a present-tense verb of a pronoun are not events.</summary>
    private static bool IsVerbUse(string text, EventCue cue, bool subjectIsPerson)
    {
        var before = EventPhrase.WordsBefore(text, cue.Start, 1);
        var after = text[cue.End..].TrimStart();
        if (cue.Head.Equals("deal", StringComparison.OrdinalIgnoreCase) && (before is ["to"] || after.StartsWith("with", StringComparison.Ordinal))) return true;
        if (cue.Kind == "war" && before is ["post"] or ["Cold"]) return true;
        // "the UN war crimes tribunal", "sanctions evasion": the noun modifies another one.
        if (!cue.IsVerb && NounModifier().IsMatch(after)) return true;
        if (IsNamePart(text, cue)) return true;
        // "Erdogan also attacked the proclamation": a person attacking is speaking.
        if (cue.IsVerb && cue.Head == "attacked" && subjectIsPerson) return true;
        // "a sanctioned tanker", "the PKK is banned": an adjective or a state, not something that happened.
        if (cue.IsVerb && before is ["a"] or ["an"] or ["the"] or ["The"] or ["is"] or ["are"]) return true;
        return false;
    }

    /// <summary>Cue words inside other words or names are dropped before dates are attached: they would take a date from a real event.</summary>
    private static bool IsNamePart(string text, EventCue cue)
    {
        var before = EventPhrase.WordsBefore(text, cue.Start, 1);
        var after = text[cue.End..].TrimStart();
        // "war-damaged", "pre-election", "out-of-session": part of another word.
        if ((cue.Start > 0 && text[cue.Start - 1] == '-') || (cue.End < text.Length && text[cue.End] == '-')) return true;
        // "the Free and Equal Elections Foundation": a capitalised noun followed by another is part of a name.
        if (!cue.IsVerb && cue.Name is null && char.IsUpper(cue.Head[0]) && cue.Start > 0 && after.Length > 1 && char.IsUpper(after[0])
            && !EventPhrase.IsCalendarWord(after) && !after.StartsWith("I", StringComparison.Ordinal)) return true;
        // "the Court of Session", "the Council of Ministers": a capitalised noun after "<Name> of" ends a name.
        return !cue.IsVerb && cue.Name is null && char.IsUpper(cue.Head[0]) && before is ["of"]
            && EventPhrase.WordsBefore(text, cue.Start, 2) is [var owner, _] && char.IsUpper(owner[0]);
    }

    private static bool IsAnaphor(string text, int npStart, string modifiers)
    {
        var before = EventPhrase.WordsBefore(text, npStart, 1);
        var det = before.Length == 1 ? before[0] : "";
        var mods = modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (mods.Length == 1 && IsWeekday(mods[0])) return true;
        // "the Tuesday summit": a weekday (which ends the modifiers) after "the" points back like "the summit" does.
        if (mods.Length == 0 && IsWeekday(det) && EventPhrase.WordsBefore(text, npStart, 2) is ["the" or "The" or "this" or "This", _]) return true;
        return mods.Length == 0 && det is "the" or "The" or "this" or "This" or "that";
    }

    private static string? BodyOf(string modifiers)
    {
        var words = modifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = Array.FindLastIndex(words, w => BodyWords.Contains(w));
        if (end < 0) return null;
        var start = end;
        while (start > 0 && char.IsUpper(words[start - 1][0])) start--;
        return end > start ? string.Join(' ', words[start..(end + 1)]) : null;
    }

    /// <summary>What follows the cue up to the next punctuation or clause word: "between Zelenskyy and Putin", "to NATO".</summary>
    private static string TailPhrase(string text, int from, int to)
    {
        var s = text[from..to];
        var cut = s.IndexOfAny([',', ';', ':', '.', '(', '“', '"']);
        if (cut >= 0 && !(s[cut] == '.' && cut > 0 && char.IsUpper(s[cut - 1]))) s = s[..cut];
        foreach (var stop in new[] { " that ", " which ", " where ", " to continue ", " to discuss ", " when ", " who " })
            if (s.IndexOf(stop, StringComparison.Ordinal) is var k and >= 0) s = s[..k];
        return s.Trim();
    }

    private static List<Participant> ParticipantsOf(string text, EventCue cue, int npStart, int regionEnd, IReadOnlyList<Participant> all)
    {
        var who = all.Where(p => p.Start >= npStart && p.Start < regionEnd).ToList();
        var before = EventPhrase.WordsBefore(text, npStart, 1);
        var possessive = before is ["his"] or ["her"] or ["their"] or ["His"] or ["Her"] or ["Their"];
        if (cue.IsVerb || possessive || cue.Kind is "press" or "visit" or "announcement")
        {
            // The subject: the last actor named before the cue in its clause.
            var clauseStart = Math.Max(0, text.LastIndexOf(';', Math.Max(0, npStart - 1)));
            if (all.LastOrDefault(p => p.Start < npStart && p.Start >= clauseStart && (p.Kind == ActorKind.Person || cue.IsVerb)) is { } subject)
                who.Insert(0, subject);
        }
        if (!cue.IsVerb && EventPhrase.SubjectSpan(text, npStart, cue.End) is var (from, to))
            who.AddRange(all.Where(p => p.Start >= from && p.Start < to && !who.Contains(p)));
        // "During a meeting with X at the White House on Monday, President Trump said...": the subject after the fronted phrase took part.
        var opening = text[..npStart].TrimEnd().Split(' ');
        if (opening.Length <= 2 && opening[0] is "During" or "At" or "After" && text.IndexOf(", ", cue.End, StringComparison.Ordinal) is var comma and > 0
            && all.FirstOrDefault(p => p.Start > comma && p.Kind == ActorKind.Person) is { } subjectAfter && subjectAfter.Start < comma + 40)
            who.Add(subjectAfter);
        // "... but confirmed he would travel to the talks", "Blinken attended the summit": whoever goes to an event takes part in it.
        if (!cue.IsVerb && AttendsBefore().IsMatch(text[Math.Max(0, npStart - 40)..npStart])
            && all.LastOrDefault(p => p.Start < npStart && p.Kind == ActorKind.Person) is { } goer && !who.Contains(goer))
            who.Add(goer);
        // "The meeting ... will be chaired by the AU special envoy, Dr. Efua Mensah-Boateng": who chairs or hosts it takes part.
        if (ChairedBy().Match(text, cue.End) is { Success: true } by && text.IndexOf(". ", cue.End, StringComparison.Ordinal) is var stop && (stop < 0 || by.Index < stop))
            who.AddRange(all.Where(p => p.Kind == ActorKind.Person && p.Start > by.Index && p.Start < by.Index + by.Length + 80 && !who.Contains(p)).Take(2));
        return who;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:attend(?:s|ed|ing)?|travel(?:s|led|ed|ling)? to|(?:flew|fly|flies|go|goes|went|come|came) to|join(?:s|ed)?|chair(?:s|ed)?|host(?:s|ed)?|lead(?:s)?|led|address(?:es|ed)?|(?:take|took|taking|takes) part in|participat(?:e|es|ed) in|(?:spoke|speak|speaks) at|represent(?:s|ed)? \w+ at)\s+(?:the|a|an|this|that|his|her|their|its)?\s*(?:[\w’'-]+\s+){0,4}$")]
    private static partial System.Text.RegularExpressions.Regex AttendsBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"\G[^.;]{0,120}?\b(?:chaired|hosted|led|attended|opened|addressed) by\b")]
    private static partial System.Text.RegularExpressions.Regex ChairedBy();

    /// <summary>Stems of the capitalised words: what tells one meeting from another ("nato", "washi").</summary>
    public static ImmutableArray<string> ProperWords(string text) =>
        text.Split([' ', '-', '–', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '\'', '’', '"', '“', '”'))
            .Where(w => w.Length > 1 && char.IsUpper(w[0]) && !IsWeekday(w) && !EventPhrase.TitleNoise.Contains(w) && !EventPhrase.IsCalendarWord(w)
                && w is not ("The" or "President" or "Minister" or "Secretary" or "I" or "II" or "III" or "IV"))
            .Select(Stem).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();

    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant().Replace("’s", "").Replace("'s", "").Replace(".", "");
        return w.Length > 5 ? w[..5] : w;
    }

    /// <summary>"a meeting of 32 defense ministers' meetings": a cue inside another cue's "of ..." phrase is part of it.</summary>
    private static List<EventCue> DropNested(string text, List<EventCue> cues)
    {
        var kept = new List<EventCue>();
        foreach (var c in cues)
        {
            if (kept.Count > 0 && kept[^1] is var prev && !prev.IsVerb && prev.Kind == c.Kind && c.Start - prev.End < 40)
            {
                var between = text[prev.End..c.Start];
                if (between.TrimStart().StartsWith("of ", StringComparison.Ordinal) && between.IndexOfAny([',', ';', '.']) < 0) continue;
            }
            kept.Add(c);
        }
        return kept;
    }


    /// <summary>"a joint exercise under the memorandum in September": a phrase only pointing back at an event cannot take the date.</summary>
    private static bool IsReferringPhrase(string text, EventCue c)
    {
        if (c.IsVerb || c.Name is not null) return false;
        var start = EventPhrase.ModifierStart(text, c);
        if (start != c.Start) return false;
        return EventPhrase.WordsBefore(text, start, 2) is [var prep, "the" or "this" or "that"] && prep is "under" or "of" or "from" or "per" or "by" or "with";
    }

    /// <summary>
    /// Each date goes to the closest cue, preferring one before it ("the meeting on Thursday"); a date right after a speech verb
    /// dates the speaking, not an event. A date inside the cue's own noun phrase ("the August 2 resignation", "Sunday's
    /// election") is always its own. A date inside a quotation dates only what the same quotation speaks of: a speaker's
    /// "today" is not the day of the speech the article reports.
    /// </summary>
    private static Dictionary<int, int> AttachDates(string text, List<EventCue> cues, IReadOnlyList<DateExpression> dates, List<(int Start, int End)> quotes)
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
            if (before.Length == 1 && SpeechVerbs.Contains(before[0])) continue;
            // "expect the negotiations to continue well into next year": how long something lasts, not when it happens.
            if (before is ["until"] or ["by"] or ["Until"] or ["By"] or ["into"] or ["through"] or ["throughout"]) continue;
            var bestCue = -1;
            var bestScore = int.MaxValue;
            for (var i = 0; i < cues.Count; i++)
            {
                var c = cues[i];
                if (IsReferringPhrase(text, c)) continue;
                // "On Wednesday, the government said Navalny was poisoned": the day is the saying's, not the reported event's.
                if (c.Start >= date.End && SaidBetween().IsMatch(text[date.End..c.Start])) continue;
                if (QuoteOf(date.Start) is var q and >= 0 && QuoteOf(c.Start) != q) continue;
                var score = EventWording.OwnDate(text, c, date) ? -1 : c.End <= date.Start ? date.Start - c.End : c.Start >= date.End ? c.Start - date.End + 40 : 0;
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
