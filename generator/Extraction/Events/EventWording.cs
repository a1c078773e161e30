using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Wordings that decide what a cue and a date mean together: a signing told around an agreement noun, a date inside the
/// event's own noun phrase, a verb whose complement is the event it does.
/// </summary>
public static partial class EventWording
{
    [GeneratedRegex(@"^\s+(?:(?:was|were|had been|has been|is|are) )?signed\b")]
    private static partial Regex SignedAfter();

    /// <summary>
    /// "signed a memorandum", "a protocol signed at the summit", "are expected to sign a protocol": the text tells of a
    /// signing (done, or scheduled), not of an agreement in general ("will try to make you sign a contract").
    /// </summary>
    public static bool Signing(string text, int npStart, EventCue cue)
    {
        if (SignedAfter().IsMatch(text.AsSpan()[cue.End..])) return true;
        var before = EventPhrase.WordsBefore(text, npStart, 5);
        var at = Array.FindLastIndex(before, w => w is "signed" or "sign" or "signs" or "signing");
        if (at < 0 || at < before.Length - 2) return false;
        if (before[at] == "signed") return true;
        return at >= 2 && before[at - 1] == "to" && before[at - 2] is "expected" or "due" or "set" or "scheduled" or "planning" or "plan" or "plans";
    }

    /// <summary>
    /// "in an interview ahead of a meeting in Oslo": what came ahead of the event says nothing of the event's own time (the
    /// meeting may be over or still to come), whatever the tense of the clause.
    /// </summary>
    public static bool AheadOf(string text, EventCue cue) =>
        !cue.IsVerb && EventPhrase.WordsBefore(text, EventPhrase.ModifierStart(text, cue), 3)
            is [_, "ahead" or "Ahead", "of"] or ["ahead" or "Ahead", "of", "a" or "an" or "the" or "this" or "its" or "their"];

    [GeneratedRegex(@"^,?\s+(?:(?:which|that)\s+(?:[\w'’.\-]+\s+){0,5}?(?:had\s+|has\s+|have\s+)?)?(?:[a-z]{2,}ed|began|took|held|won|made|set|struck|sent|brought|broke)(?:\s+(?:\w+\s+)?(?:in|on|at|during))?\s+$")]
    private static partial Regex PastClauseBetween();

    /// <summary>
    /// "the shadow fleet sanctions that it announced last May", "the Accra Declaration, signed last Thursday by the ministers":
    /// a relative clause or a participle right after the cue's noun tells when it was done.
    /// </summary>
    public static bool ClauseDate(string text, EventCue cue, DateExpression date) =>
        !cue.IsVerb && date.Start > cue.End && date.Start - cue.End <= 60 && PastClauseBetween().IsMatch(text.AsSpan()[cue.End..date.Start]);

    /// <summary>"the August 2 resignation", "the 2014 annexation", "Sunday's election": a date modifying the cue's noun, after a determiner or as a possessive.</summary>
    public static bool OwnDate(string text, EventCue cue, DateExpression date)
    {
        if (cue.IsVerb || date.End > cue.Start || cue.Start - date.End > 30) return false;
        var between = text[date.End..cue.Start];
        if (between.IndexOfAny([',', ';', ':', '.', '(', ')', '"', '“', '”']) >= 0 || between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3) return false;
        if (date.Text.EndsWith("'s", StringComparison.Ordinal) || date.Text.EndsWith("’s", StringComparison.Ordinal)) return true;
        // "this year's presidential election": the possessive may follow the date's own words.
        if (text.AsSpan(date.End).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(date.End).StartsWith("’s ", StringComparison.Ordinal)) return true;
        if (date.Text.Split(' ')[0] is "the" or "The" or "its" or "a") return true;
        if (EventPhrase.WordsBefore(text, date.Start, 1) is ["the" or "The" or "a" or "an" or "this" or "This" or "its" or "their" or "his" or "her"]) return true;
        // "the Tribunal's 1998 ruling", "the disputed 2011 election": a year after a possessive or a determiner's adjective.
        return ModifierYear(text, date);
    }

    /// <summary>
    /// "the party's 1996 vice presidential nominee", "an unsuccessful 2018 campaign": a bare year after a possessive or a
    /// determiner's adjective, which names an edition of its noun ("the party's 2020 nomination") more than when it was.
    /// </summary>
    public static bool ModifierYear(string text, DateExpression date) =>
        date.Text.Length == 4 && (EventPhrase.WordsBefore(text, date.Start, 1) is [var owner] && (owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal) || owner.EndsWith("s'", StringComparison.Ordinal) || owner.EndsWith("s’", StringComparison.Ordinal))
            || EventPhrase.WordsBefore(text, date.Start, 2) is ["the" or "The" or "a" or "an" or "its" or "their" or "his" or "her", var adjective] && adjective.All(char.IsLower));

    /// <summary>
    /// "will host his counterparts at a trilateral summit", "voted in Sunday's election", "convened an extraordinary meeting":
    /// the verb does the event its complement names, so the noun alone tells it.
    /// </summary>
    public static List<EventCue> DropVerbsOfTheirEvent(string text, List<EventCue> cues)
    {
        var kept = new List<EventCue>();
        for (var i = 0; i < cues.Count; i++)
        {
            var v = cues[i];
            var host = v.Head is "hosted" or "will host";
            if (v.IsVerb && (host || v.Head == "voted") && cues.Skip(i + 1).FirstOrDefault(n => !n.IsVerb) is { } n && n.Start - v.End < 150
                && (host ? n.Kind is "meeting" or "summit" or "talks" : n.Kind == "election")
                && text[v.End..n.Start].IndexOfAny(['.', ';']) < 0
                && EventPhrase.WordsBefore(text, EventPhrase.ModifierStart(text, n), 2) is var before
                && (before is [_, "at" or "in" or "for"] || before is ["at" or "in" or "for", "a" or "an" or "the" or "their" or "its" or "his" or "her"]))
                continue;
            // "The federation has convened an extraordinary meeting of its board for Friday": the meeting convened is the event.
            if (v.IsVerb && v.Head is "convened" or "convenes" or "will convene" && cues.Skip(i + 1).FirstOrDefault(n => !n.IsVerb) is { Kind: "meeting" or "summit" or "talks" } met
                && met.Start > v.End && ConvenedObject().IsMatch(text.AsSpan(v.End, met.Start - v.End)))
                continue;
            kept.Add(v);
        }
        return kept;
    }

    /// <summary>" an extraordinary ", " the first ": the object right after a verb, its determiner and at most three lower-case words.</summary>
    [GeneratedRegex(@"^\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,3}$")]
    private static partial Regex ConvenedObject();

    [GeneratedRegex(@"\b[Tt]here\s+(?:was|were|has been|have been|had been)\s+(?:a|an|another|one)\s+(?:[\w’'-]+\s+){0,3}$")]
    private static partial Regex ThereWas();

    /// <summary>"there was an exchange of fire at dawn", "there were clashes near the border on Friday": the existential says the event happened.</summary>
    public static bool Existential(string text, int npStart) => npStart >= 0 && ThereWas().IsMatch(text.AsSpan(0, npStart)) && !Hedged().IsMatch(text.AsSpan(0, npStart));

    /// <summary>"did not rule out that there had been an agreement", "asked whether there was a deal": no one says it happened.</summary>
    [GeneratedRegex(@"\b(?:not|never|no|whether|if|deny|denied|denies|n’t|n't)\b|n[’']t\b")]
    private static partial Regex Hedged();

    [GeneratedRegex(@"^\s+(?:was|were|has been|have been|had been)\s+(?:(?:jointly|also|first|formally|officially)\s+)?(?:facilitated|hosted|chaired|mediated|brokered|organi[sz]ed|convened|attended|called|led|signed|opened|sponsored)\s+by\s+(?:the\s+)?")]
    private static partial Regex PassiveBy();

    /// <summary>
    /// "The talks were facilitated by Saudi Arabia and the United States", "the meeting was chaired by Ruto": a passive that
    /// names who held the event says which one it is, as a name would, even when "the" seems to point back.
    /// </summary>
    public static bool HeldByNamed(string text, EventCue cue, IEnumerable<int> actorStarts)
    {
        if (cue.IsVerb || PassiveBy().Match(text[cue.End..]) is not { Success: true } m) return false;
        var after = cue.End + m.Length;
        return actorStarts.Any(a => a >= after && a - after <= 2);
    }
}
