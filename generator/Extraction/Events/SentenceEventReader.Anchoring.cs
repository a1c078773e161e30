using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary><see cref="SentenceEventReader"/>'s test of whether a cue tells of a particular event (or points back to one).</summary>
public static partial class SentenceEventReader
{
    /// <summary>What makes an event of each kind a particular one: a date, a name, a place, named parties, a doer.</summary>
    private static bool AnchoredByKind(SentenceScope s, CueReading c)
    {
        var (text, participants) = (s.Text, s.Participants);
        var (cue, npStart, modifiers, quote, tense, date, place, tail, who, body) = (c.Cue, c.NpStart, c.Modifiers, c.Quote, c.Tense, c.Date, c.Place, c.Tail, c.Who, c.Body);
        var (explicitParticipants, properModifier, plannedWord, verbWithSubject, signedBy, signing, orgSubject, doneBy, announcedDecision, destination)
            = (c.ExplicitParticipants, c.ProperModifier, c.PlannedWord, c.VerbWithSubject, c.SignedBy, c.Signing, c.OrgSubject, c.DoneBy, c.AnnouncedDecision, c.Destination);
        return cue.Kind switch
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
    }

    /// <summary>The kind's test and what overrides it in the clause; false when the cue is neither a particular event nor one told before.</summary>
    private static bool Anchor(SentenceScope s, CueReading c)
    {
        var (text, participants, cues, frameEnd) = (s.Text, s.Participants, s.Cues, s.FrameEnd);
        var (cue, npStart, modifiers, regionEnd, quote, modal, expected, tense, date, place, tail, who) = (c.Cue, c.NpStart, c.Modifiers, c.RegionEnd, c.Quote, c.Modal, c.Expected, c.Tense, c.Date, c.Place, c.Tail, c.Who);
        var (explicitParticipants, properModifier, complement, anaphor, signing, doneBy, announcedDecision) = (c.ExplicitParticipants, c.ProperModifier, c.Complement, c.Anaphor, c.Signing, c.DoneBy, c.AnnouncedDecision);
        var anchored = AnchoredByKind(s, c);
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
        (c.Anchored, c.Date, c.Tense, c.CountedDead) = (anchored, date, tense, countedDead);
        return anchored || anaphor;
    }
}
