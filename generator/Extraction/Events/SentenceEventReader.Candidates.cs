using System.Collections.Immutable;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary><see cref="SentenceEventReader"/>'s making of candidates from a cue read as an event: title, actors, and one per date or place listed.</summary>
public static partial class SentenceEventReader
{
    private static void AddCandidates(SentenceScope s, CueReading c, List<EventCandidate> result)
    {
        var (text, paragraph, sentence, participants, past, future, dateOf) = (s.Text, s.Paragraph, s.Sentence, s.Participants, s.Past, s.Future, s.DateOf);
        var (i, cue, npStart, modifiers, regionEnd, tense, date, place, tail, tailEnd, who) = (c.Index, c.Cue, c.NpStart, c.Modifiers, c.RegionEnd, c.Tense, c.Date, c.Place, c.Tail, c.TailEnd, c.Who);
        var (anchored, anaphor, body, doneBy, heldFrom, heldAt, announcedDecision, countedDead) = (c.Anchored, c.Anaphor, c.Body, c.DoneBy, c.HeldFrom, c.HeldAt, c.AnnouncedDecision, c.CountedDead);
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
}
