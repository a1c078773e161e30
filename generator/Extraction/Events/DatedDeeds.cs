using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A clause that says who did what and when, with no event word of the vocabulary: "Kenya asked the court on Tuesday",
/// "In 2015, Saudi Arabia started supporting the government", "the three Baltic states left the power ring in February
/// 2025", "Baltic Sentry, which NATO launched last January". The date no event cue took, the past verb of its clause and
/// a named actor as that verb's subject make one event, titled by the clause's own words.
/// </summary>
public static partial class DatedDeeds
{
    /// <summary>Where a clause starts or ends: punctuation that closes it, or a word that opens another clause.</summary>
    [GeneratedRegex(@"[;:()“”""]|,?\s(?:which|who|whom|that|when|after|before|while|but|because|although|though|as|and|until|since|where|whereas|if|unless)\s|,\s|\s[-–—]\s")]
    private static partial Regex Boundary();

    /// <summary>A finite past verb: a regular one ("asked", "launched") or a common irregular one ("began", "left", "struck").</summary>
    [GeneratedRegex(@"(?<!\b[A-Z][\w’'.]*-)\b(?:[a-z]{2,}(?:ed|ied)|began|begun|left|heard|sent|took|gave|made|won|lost|fell|struck|went|came|brought|broke|chose|drove|flew|led|paid|sold|stood|threw|sought|rose|shut|cut|quit|hit|bought|caught|fought|kept|laid|oversaw|withdrew|swore|overthrew|undertook|became|froze|forbade|spent|built|stole|shot|slid|fled|sank|won|ran|split|sent|lent|bound|wound|set(?= up\b))\b")]
    private static partial Regex PastVerb();

    /// <summary>Past verbs that tell of saying, thinking, being or wanting, not of a deed: "said on Tuesday", "remained in 2019".</summary>
    private static readonly HashSet<string> NotDeeds = new(StringComparer.Ordinal)
    {
        "said", "added", "stated", "noted", "argued", "warned", "claimed", "believed", "thought", "felt", "seemed", "remained",
        "continued", "served", "lived", "used", "wanted", "needed", "expected", "hoped", "planned", "tried", "reported", "described",
        "called", "asked", "denied", "accused", "criticised", "criticized", "praised", "welcomed", "condemned", "suggested", "explained",
        "insisted", "told", "replied", "responded", "commented", "acknowledged", "admitted", "emphasised", "emphasized", "stressed",
        "indicated", "revealed", "appeared", "looked", "sounded", "remembered", "recalled", "agreed", "decided", "refused", "failed",
        "listed", "ranked", "based", "located", "scheduled", "estimated", "owned", "needed", "deserved", "liked", "loved", "hated",
        "feared", "worried", "concerned", "interested", "tweeted", "posted", "voiced", "expressed", "raised", "increased", "decreased",
        "dropped", "reached", "recorded", "totalled", "totaled", "counted", "numbered", "contained", "included", "involved", "required",
        "allowed", "seen", "dated", "predicted", "confirmed", "arrived", "promised", "retired", "graduated", "born", "married", "studied", "worked", "forecast", "announced", "lasted", "existed", "happened", "occurred", "followed", "preceded", "visited", "met",
    };

    /// <summary>"struck a more guarded tone", "hit the right note": a verb whose object is a manner of speaking tells no deed.</summary>
    [GeneratedRegex(@"^ (?:a|an|the) (?:[\w-]+ ){0,2}?(?:tone|note|chord|balance|pose)\b")]
    private static partial Regex Figurative();

    /// <summary>Verbs and auxiliaries that, met before the past verb, make it no main verb of the clause: "the police said they had arrested".</summary>
    private static readonly HashSet<string> OtherVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "says", "say", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "should", "must", "does", "did", "do",
        "says", "tells", "thinks", "believes",
    };

    /// <summary>Words that open no subject: a condition, a source, a pronoun for a whole sentence ("If ...", "According to ...", "This was ...").</summary>
    private static readonly HashSet<string> NoSubject = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "according", "per", "although", "unless", "whether", "this", "it", "there", "though", "while", "once",
    };

    /// <summary>Words right before a participle that make it no finite verb: "the agreed text", "was based", "to be named".</summary>
    private static readonly HashSet<string> NotFinite = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "was", "were", "is", "are",
        "be", "been", "being", "to", "not", "newly", "so", "very", "more", "most", "well", "of", "for", "with", "by", "in", "on",
    };

    /// <summary>Words before a date that make it a span or a deadline, not when the deed was done.</summary>
    private static readonly HashSet<string> NotWhen = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "until", "by", "from", "through", "throughout", "into", "between", "till", "for", "before", "after", "to",
    };

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<DateExpression> past, IReadOnlySet<int> claimed, IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        // Only a date no event took, of a day, month or year, can date a deed (see the first test in the loop below).
        if (!Enumerable.Range(0, past.Count).Any(d => !claimed.Contains(d) && past[d].Date is not null && past[d].Reference != DateReference.EventRelative)) return result;
        List<SentenceEventReader.Participant>? lastDoers = null;
        var lastEnd = -1;
        // "shortly before midnight on Sunday": "before" or "after" an hour of the day opens no clause; it tells when.
        // "of Tyumen Oblast, Russia took place": the comma before the country of a place opens no clause either.
        var countries = participants.Select(p => (p.Start, Country: p.Kind == ActorKind.Country, p.Name)).ToList();
        // "The National Telecommunications Commission (NTC) issued": the brackets of a name's acronym close no clause.
        var acronyms = AcronymInBrackets().Matches(text).SelectMany(m => new[] { m.Index, m.Index + m.Length - 1 }).ToHashSet();
        var bounds = Boundary().Matches(text).Where(m => !HourOfDay().IsMatch(text.AsSpan(m.Index + m.Length)) && !(m.Value == ", " && Appositions.CountryOfPlace(text, m.Index, countries))
                && !acronyms.Contains(m.Index))
            .Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        for (var d = 0; d < past.Count; d++)
        {
            var date = past[d];
            if (claimed.Contains(d) || date.Date is null || date.Reference == DateReference.EventRelative) continue;
            if (quotes.Any(q => date.Start >= q.Start && date.Start <= q.End)) continue;
            // "the 1990s" is a decade, not the year it starts with.
            if (date.End < text.Length && text[date.End] == 's') continue;
            if (date.Text.Split(' ')[0] is var first && NotWhen.Contains(first)) continue;
            if (EventPhrase.WordsBefore(text, date.Start, 1) is [var w] && NotWhen.Contains(w)) continue;
            var left = bounds.LastOrDefault(b => b.End <= date.Start) is { End: > 0 } lb ? lb.End : 0;
            var rightBound = bounds.FirstOrDefault(b => b.Index >= date.End);
            var right = rightBound.End > 0 ? rightBound.Index : text.Length;
            // "In 2015, Saudi Arabia started ...", "On Thursday, Macron ...": a date opening the clause dates the clause after its comma.
            var intro = (text[left..date.Start].Trim() is "" or "In" or "On" or "in" or "on" or "Early" or "Late" or "early" or "late" || HourOpener().IsMatch(text.AsSpan()[left..date.Start].Trim()))
                && rightBound.End > 0 && LocalTime().IsMatch(text.AsSpan(date.End, rightBound.Index - date.End)) && text[rightBound.Index] == ',';
            // "Llancaqueo joined the brigade at 18, in 1989, and never left": a date set off by commas before an "and" dates the clause before it.
            if (intro && TrailingDate(text, left, rightBound, bounds) is var (clauseFrom, clauseEnd)) (intro, left, right) = (false, clauseFrom, clauseEnd);
            var from = left;
            // "The Dialogue between Belgrade and Pristina began in March 2011": an "and" with no verb before it since the clause
            // began joins two names of one subject, not two clauses.
            while (!intro && from > 0 && bounds.FindIndex(b => b.End == from) is var ai and >= 0 && text[bounds[ai].Index..bounds[ai].End].Trim() == "and"
                   && (ai > 0 ? bounds[ai - 1].End : 0) is var prior && prior <= bounds[ai].Index && !PastVerb().IsMatch(text.AsSpan()[prior..bounds[ai].Index])
                   && !(ai > 0 && text[bounds[ai - 1].Index..bounds[ai - 1].End].Trim(' ', ',') is "that" or "which" or "whom")
                   && PastVerb().Match(text, from) is { Success: true } firstVerb && firstVerb.Index > from && text[from..firstVerb.Index] is var shorter
                   && !participants.Any(p => p.Start >= from && p.Start < firstVerb.Index) && !GroupSubjects.Is(shorter))
                from = prior;
            // "stopped carrying power between Gdynia and Karlshamn on Tuesday": an "and" with no verb after it joins two nouns
            // of the clause before, whose verb the date dates (not two dates, "between May and June 2020", nor two figures).
            while (!intro && from > 0 && bounds.FindIndex(b => b.End == from) is var ni and >= 0 && text[bounds[ni].Index..bounds[ni].End].Trim() == "and"
                   && !PastVerb().IsMatch(text.AsSpan()[from..right]) && DatedPassives.Find(text, from, right, date) is null
                   && !past.Any(p => p.End == bounds[ni].Index) && !Figure().IsMatch(text.AsSpan()[from..right])
                   && (ni > 0 ? bounds[ni - 1].End : 0) is var start && PastVerb().IsMatch(text.AsSpan()[start..bounds[ni].Index]))
                from = start;
            if (intro)
            {
                from = rightBound.End;
                // "In October 2022, after two years of talks ..., Lebanon and Israel exchanged letters": the date skips the adverbial.
                if ((AdverbialOpener().IsMatch(text.AsSpan()[from..]) || AdverbialOpener().IsMatch(text[rightBound.Index..rightBound.End].Trim(' ', ',') + " ")) && bounds.FirstOrDefault(b => b.Index > from && text[b.Index] == ',') is { End: > 0 } past_)
                {
                    from = past_.End;
                    right = bounds.FirstOrDefault(b => b.Index >= from) is { End: > 0 } after ? after.Index : text.Length;
                }
                var next = bounds.FirstOrDefault(b => b.Index >= from);
                right = next.End > 0 ? next.Index : text.Length;
            }
            if (right <= from) continue;
            // "Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night": the clause's subject stands before the apposition.
            string? apposed = null;
            if (!intro && Appositions.OpeningBefore(text, from) is var opening and >= 0 && Appositions.At(text, opening) is { } ap && !PastVerb().IsMatch(ap)
                && EventPhrase.WordsBefore(text, opening, 1) is [var named] && char.IsUpper(named[0])
                && participants.Any(p => p.Kind != ActorKind.Country && p.Start < opening && p.Start >= opening - 60))
            {
                apposed = ap;
                from = bounds.LastOrDefault(b => b.End <= opening) is { End: > 0 } start ? start.End : 0;
            }
            // "Lebanon and Israel exchanged letters": an "and" before the clause has its verb joins two subjects, not two clauses.
            while (right < text.Length && !PastVerb().IsMatch(text.AsSpan()[from..right]) && bounds.FirstOrDefault(b => b.Index == right) is { End: > 0 } andBound
                && text[andBound.Index..andBound.End].Trim() == "and")
                right = bounds.FirstOrDefault(b => b.Index > andBound.Index) is { End: > 0 } further ? further.Index : text.Length;
            // "On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a decree": a name's apposition between commas is part of the subject.
            if (apposed is null && right < text.Length && !PastVerb().IsMatch(text.AsSpan()[from..right]) && EventPhrase.WordsBefore(text, right, 1) is [var nameEnd] && char.IsUpper(nameEnd[0])
                && Appositions.At(text, right) is { } apposition && !PastVerb().IsMatch(apposition) && participants.Any(p => p.Kind != ActorKind.Country && p.Start >= from && p.Start < right))
            {
                apposed = apposition;
                right = bounds.FirstOrDefault(b => b.Index >= right + apposition.Length + 4) is { End: > 0 } beyond ? beyond.Index : text.Length;
            }
            // Anything the vocabulary already found in the clause is its event.
            if (found.Any(c => c.Span.Start - sentence.Start >= from && c.Span.Start - sentence.Start < right)) continue;
            // The clause's matches enumerated over a span of the text: no copy of the clause, no Match objects.
            (int Start, string Value) verb = default;
            foreach (var m in PastVerb().EnumerateMatches(text.AsSpan()[from..right]))
                if ((Start: from + m.Index, Value: text.Substring(from + m.Index, m.Length)) is var v
                    && !(v.Start >= date.Start && v.Start < date.End) && (!NotDeeds.Contains(v.Value) || Petition(text, v.Start + v.Value.Length, participants) || Decided(text, v.Start + v.Value.Length, date)
                        || Warning(text, v.Start + v.Value.Length, v.Value, participants)
                        || HazardSubjects.Moved(v.Value) && HazardSubjects.Is(text[from..v.Start]))
                    && !Figurative().IsMatch(text.AsSpan(v.Start + v.Value.Length))
                    && !(EventPhrase.WordsBefore(text, v.Start, 1) is [var b] && NotFinite.Contains(b) && !(b == "that" && v.Start == from)))
                { verb = v; break; }
            // "The fire that has burned for six days in the hills crossed into Chile on Sunday": past a hazard's own "that" clause, its deed.
            if (!intro && verb.Value is not null && HazardRelative(text, from, right, date, bounds) is var (hazard, hazardVerb, hazardVerbStart))
            {
                var hazardSpan = new EventSpan(paragraph, sentence.Index, sentence.Start + hazardVerbStart, hazardVerb.Length);
                var hazardTitle = $"{EventTitles.Capital(hazard)} {DeedTitles.Title(text, hazardVerbStart, hazardVerbStart + hazardVerb.Length, right, date, lower: true)}";
                if (!result.Any(c => c.Span == hazardSpan))
                    result.Add(new EventCandidate(new EventCue("event", hazardVerbStart, hazardVerb.Length, hazardVerb, true), hazardTitle, 2, date.Date, date.Text, null, Tense.Past, null,
                        participants.Where(p => p.Start >= hazardVerbStart && p.Start < right).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                        SentenceEventReader.ProperWords(hazardTitle), null, false, hazardSpan));
                continue;
            }
            // "a coast guard officer was stabbed to death in 2011": a deed told in the passive, its patient opening the clause.
            var verbFrom = verb.Value is null ? -1 : verb.Start;
            var passive = false;
            if (DatedPassives.Find(text, from, right, date) is { } pv && (verb.Value is null || pv.AuxStart < verb.Start))
                (verb, verbFrom, passive) = ((pv.Start, pv.Value), pv.AuxStart, true);
            if (verb.Value is null) continue;
            // The first past verb of the clause is its verb only if it is the first verb: "NATO launched", not "NATO, founded in ..."
            // ("The polluted wave had crossed": a participle after a determiner is an adjective of the subject, no verb.)
            if (EarlierVerb(text, from, verbFrom)) continue;
            var before = text[from..verbFrom].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "Theresa May triggered", "In May 2018 the ministry": a capitalised "May" or "Will" is a name or a month, not a modal.
            if (before.Any(w => NotDeeds.Contains(w) || OtherVerbs.Contains(w) && w is not ("May" or "Will"))) continue;
            var subject = text[from..verbFrom];
            var subjectStart = from;
            // "and in 2011 a coast guard officer was stabbed": a date opening the clause without a comma comes before its subject.
            if (intro is false && date.Start >= from && date.End < verbFrom && text[from..date.Start].Trim() is "" or "In" or "On" or "in" or "on")
                (subject, subjectStart) = (text[date.End..verbFrom], date.End);
            else if (intro is false && date.Start >= from && date.Start < verbFrom)
                subject = text[from..date.Start]; // "Commissioner Korpela today received": the date sits between subject and verb.
            // "In the second case the tribunal heard Ruto on 30 March": a phrase opening the clause without a comma comes before its subject.
            else if (!intro && ClauseSubjects.AfterOpeningPhrase(subject, (at, rest) => participants.Any(p => p.Start == subjectStart + at)
                         || GroupSubjects.Is(ClauseSubjects.WithoutAdverb(rest)) || ClauseSubjects.Acronym(rest, verb.Value)) is var cut and >= 0)
                (subject, subjectStart) = (subject[cut..], subjectStart + cut);
            var afterAnd = text[..from].TrimEnd().EndsWith(" and", StringComparison.Ordinal);
            // "The Center obtained the messages and released them publicly on July 13": the verb after "and" has the first verb's subject.
            if (subject.Trim().Length == 0 && afterAnd && lastDoers is null && SubjectBeforeAnd(text, from, bounds, participants) is { } earlier)
                (lastDoers, lastEnd) = (earlier, from);
            // "the Vistula power link, which stopped carrying power on Tuesday", "The Coalition, which Norway leads, launched its
            // patrols last March": a verb opening its clause after a relative clause has the noun before it as subject.
            // A passive relative ("who was detained in March") is a dated participle's (DatedParticiples), an occasion that took
            // place is held (HeldOccasions).
            if (subject.Trim().Length == 0 && !intro && !afterAnd && !passive && !text.AsSpan(verb.Start).StartsWith("took place", StringComparison.Ordinal)
                && RelativeSubjects.Before(text, from, participants) is { } rel)
            {
                var relSpan = new EventSpan(paragraph, sentence.Index, sentence.Start + verb.Start, verb.Value.Length);
                var relTitle = $"{rel.Name} {DeedTitles.Title(text, from, verb.Start + verb.Value.Length, right, date, lower: true)}";
                if (relTitle.Split(' ').Length >= 3 && !result.Any(c => c.Span == relSpan))
                    result.Add(new EventCandidate(new EventCue("event", verb.Start, verb.Value.Length, verb.Value, true), relTitle, 2, date.Date, date.Text, null, Tense.Past, null,
                        participants.Where(p => p.Start >= from && p.Start < right).Concat(rel.Doers).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                        SentenceEventReader.ProperWords(relTitle), null, false, relSpan) { Agents = rel.Doers.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray() });
                continue;
            }
            // "the Tarsis gas project, whose first cargo of gas left the field in May 2025": the owner's thing did the deed.
            if (!intro && !passive && subject.TrimStart().StartsWith("whose ", StringComparison.Ordinal) && subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8
                && subjectStart == from && RelativeSubjects.Before(text, subjectStart + subject.IndexOf("whose ", StringComparison.Ordinal) + 6, participants) is { } owner)
            {
                var ownedSpan = new EventSpan(paragraph, sentence.Index, sentence.Start + verb.Start, verb.Value.Length);
                var owned = $"{EventTitles.Possessive(owner.Name)} {subject.Trim()[6..]} {DeedTitles.Title(text, verb.Start, verb.Start + verb.Value.Length, right, date, lower: true)}";
                if (!result.Any(c => c.Span == ownedSpan))
                    result.Add(new EventCandidate(new EventCue("event", verb.Start, verb.Value.Length, verb.Value, true), owned, 2, date.Date, date.Text, null, Tense.Past, null,
                        participants.Where(p => p.Start >= from && p.Start < right).Concat(owner.Doers).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                        SentenceEventReader.ProperWords(owned), null, false, ownedSpan) { Agents = owner.Doers.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray() });
                continue;
            }
            if (subject.Trim().Length == 0 && !(lastDoers is not null && afterAnd) || subject.Length > 90 || subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 10) continue;
            var doers = participants.Where(p => p.Start >= subjectStart && p.Start < subjectStart + subject.Length).ToList();
            // "Temu joined the service in 1972 and watched the first Community fall apart in 1977": a verb after "and" shares the deed's subject.
            var shared = doers.Count == 0 && subject.Trim().Length == 0 && lastDoers is not null && from >= lastEnd
                && text[..from].TrimEnd().EndsWith(" and", StringComparison.Ordinal);
            if (shared) doers = lastDoers!;
            // "the three Baltic states left the power ring in February 2025": a group or body named by a common noun acts too.
            // "The national vaccination campaign started on 20 November": a campaign, a drive or works that began or ended on a day.
            // "Mokha is quiet since it was recaptured from rebels in 2017": "it" in a dated passive stands for the sentence's opening phrase.
            var standsFor = doers.Count == 0 && !shared && passive ? PronounAntecedents.Of(text, subject, subjectStart, participants.Select(p => p.Start)) : null;
            // "When the flames crossed into Chile on January 17": a hazard that moved, spread or struck on a day.
            // "The IRU provisionally suspended him on 1 March": a body known by its acronym, a group with an adverb before its verb.
            var body = !passive && (GroupSubjects.Is(ClauseSubjects.WithoutAdverb(subject)) || ClauseSubjects.Acronym(subject, verb.Value));
            var group = doers.Count == 0 && !shared && (GroupSubjects.Is(subject) || body || HazardSubjects.Moved(verb.Value) && HazardSubjects.Is(subject) || (passive || Aspect(text, verb.Start + verb.Value.Length, verb.Value, date)) && DatedPassives.Subject(subject) || standsFor is not null);
            if (doers.Count == 0 && !group) continue;
            // The subject must start the clause with a name or a determiner ("Kenya", "the three Baltic states"), not an object fragment.
            var firstWord = subject.TrimStart().Split(' ')[0];
            // "incumbent President ... Donald Trump", "former president Barack Obama": a lower-case title word may open it.
            var titled = subject.TrimStart().Split(' ').Take(3).Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0]));
            if (!shared && !group && (firstWord.Length == 0 || !(char.IsUpper(firstWord[0]) || titled || firstWord is "the" or "a" or "an" or "its" or "his" or "her" or "their" || firstWord is "he" or "she" && doers.Any(p => p.Kind == ActorKind.Person)))) continue;
            // "Asked about it, ...", "Speaking in Paris, ...": a participle opens no subject; "United States", "Beijing" or
            // "Mohammed" opening a name of the clause's actors does.
            var opensName = participants.Any(p => p.Start == subjectStart + subject.Length - subject.TrimStart().Length);
            if (!shared && standsFor is null && (NoSubject.Contains(firstWord) || !opensName && (firstWord.EndsWith("ed", StringComparison.Ordinal) || firstWord.EndsWith("ing", StringComparison.Ordinal))
                || firstWord is not ("when" or "When" or "while" or "While") && AdverbialOpener().IsMatch(firstWord + " "))) continue;
            var title = shared ? Subject(doers[0]) + " " + DeedTitles.Title(text, subjectStart, verb.Start + verb.Value.Length, right, date, lower: true)
                : standsFor is not null ? standsFor + " " + DeedTitles.Title(text, verbFrom, verb.Start + verb.Value.Length, right, date, lower: true)
                : DeedTitles.Title(text, subjectStart, verb.Start + verb.Value.Length, right, date);
            if (apposed is not null) title = title.Replace($", {apposed},", "", StringComparison.Ordinal);
            // "He expelled two diplomats on Tuesday": the person the pronoun stands for (PronounSubjects) names the deed.
            if (!shared && title.Split(' ') is var tw && (tw[0] is "But" or "And" or "Then" or "Later" ? 1 : 0) is var pk && tw.Length > pk + 1
                && tw[pk] is "He" or "She" or "he" or "she" && doers.FirstOrDefault(p => p.Kind == ActorKind.Person) is { } meant)
                title = EventTitles.ShortName(meant) + " " + string.Join(' ', tw.Skip(pk + 1));
            // "Baltic Sentry, which NATO launched last January": the relative clause's object is the noun it hangs on.
            if (!shared && DeedTitles.Antecedent(text, from) is { } thing && text[(verb.Start + verb.Value.Length)..right].Trim().Length <= date.Length + 1)
                title = $"{title} {thing}";
            // "Knapp stood": a verb with nothing after it in its clause says too little to be told as an event.
            if (title.Split(' ').Length < 3) continue;
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + verb.Start, verb.Value.Length);
            // "arrested in January of last year": two dates of one clause make one deed.
            if (result.Any(c => c.Span == span)) continue;
            // "agreed on 27 January to reactivate ...": a decision, not the meeting of that day where it may have been taken.
            var cue = new EventCue(Decided(text, verb.Start + verb.Value.Length, date) ? "decision" : "event", verb.Start, verb.Value.Length, verb.Value, true);
            var who = participants.Where(p => p.Start >= subjectStart && p.Start < right).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new EventCandidate(cue, title, 2, date.Date, date.Text, null, Tense.Past, null, who,
                SentenceEventReader.ProperWords(title), null, false, span)
            {
                Agents = doers.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            });
            lastDoers = doers;
            lastEnd = right;
        }
        return result;
    }
}
