using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary><see cref="SentenceEventReader"/>'s reading of where and who: a cue's place, participants and what its clause says of them.</summary>
public static partial class SentenceEventReader
{
    /// <summary>The place the cue's stretch names and the actors taking part.</summary>
    private static void PlaceAndParticipants(SentenceScope s, CueReading c)
    {
        var (text, participants, past, hostVerbs) = (s.Text, s.Participants, s.Past, s.HostVerbs);
        var (cue, npStart, regionEnd) = (c.Cue, c.NpStart, c.RegionEnd);
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
        (c.Place, c.RegionEnd, c.Tail, c.TailEnd, c.Who) = (place, regionEnd, tail, tailEnd, who);
    }

    /// <summary>What the cue's clause says of it: whether it names its parties, points back to an event told before, was done by an actor, is announced.</summary>
    private static void ReadClause(SentenceScope s, CueReading c)
    {
        var (text, participants, cues, past) = (s.Text, s.Participants, s.Cues, s.Past);
        var (i, cue, npStart, modifiers, quote, tense, date, place, tail, tailEnd, who) = (c.Index, c.Cue, c.NpStart, c.Modifiers, c.Quote, c.Tense, c.Date, c.Place, c.Tail, c.TailEnd, c.Who);
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
        // "The ministry announced on Monday that it would close the border": a body named by a common noun announces as a named one does.
        var announcedDecision = cue.IsVerb && cue.Head is "announced" or "announcing" && quote < 0 && (who.Any(p => p.Start < cue.Start && cue.Start - p.Start < 60) || GroupSubjects.Before(text, cue.Start))
            && AnnouncedDecision().IsMatch(text.AsSpan()[cue.End..]) && !(i + 1 < cues.Count && (cues[i + 1].IsVerb && cues[i + 1].Start - cue.End < 80 || cues[i + 1].Name is null && cues[i + 1].Kind != "announcement" && cues[i + 1].Start - cue.End < 40) && text.IndexOfAny(['.', ';'], cue.End, cues[i + 1].Start - cue.End) < 0);
        var destination = cue.Kind == "visit" && (tail.StartsWith("to ", StringComparison.Ordinal) && tail.Length > 3 && char.IsUpper(tail[3]) || cue.IsVerb);
        (c.ExplicitParticipants, c.ProperModifier, c.Body, c.Complement, c.Anaphor, c.PlannedWord, c.VerbWithSubject) = (explicitParticipants, properModifier, body, complement, anaphor, plannedWord, verbWithSubject);
        (c.SignedBy, c.Signing, c.OrgSubject, c.DoneBy, c.HeldFrom, c.HeldAt, c.AnnouncedDecision, c.Destination) = (signedBy, signing, orgSubject, doneBy, heldFrom, heldAt, announcedDecision, destination);
    }
}
