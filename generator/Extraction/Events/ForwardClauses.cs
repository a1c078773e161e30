using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// "When the two squads walk out in Tallinn on Saturday, it will be the first ...": a sentence that opens with a clause of
/// "when" or "once" in the present, and whose main clause speaks of the future, tells of what is still to come, so a day
/// that clause gives is the coming one, whatever tense the event word after it has ("it will be the first time they have met").
/// </summary>
public static partial class ForwardClauses
{
    [GeneratedRegex(@"^(?:When|Once)\s+(?<clause>[^,;:.“""()]{3,160}?),\s+(?:[\w’'-]+\s+){0,3}?(?:will|shall|is going to|are going to)\s")]
    private static partial Regex OpeningClause();

    /// <summary>Whether <paramref name="date"/> lies in a sentence-opening "When ..." clause in the present before a main clause in the future.</summary>
    public static bool Ahead(string text, DateExpression date)
    {
        if (OpeningClause().Match(text) is not { Success: true } m) return false;
        var clause = m.Groups["clause"];
        return date.Start >= clause.Index && date.End <= clause.Index + clause.Length && !CueDating.TellsOfPast(clause.Value);
    }

    [GeneratedRegex(@"\b(?:would|will|shall)\s")]
    private static partial Regex Modal();

    /// <summary>
    /// "During that meeting, it was agreed a lockdown would be imposed on Saturday": the event a sentence opens with (ending
    /// at <paramref name="frameEnd"/>) does not take a day the main clause gives to what would or will be done.
    /// </summary>
    public static bool PastTheFrame(string text, int frameEnd, EventCue c, DateExpression date) =>
        frameEnd > 0 && c.End <= frameEnd && date.Start > frameEnd && Modal().IsMatch(text.AsSpan(frameEnd, date.Start - frameEnd));

    [GeneratedRegex(@"\b(?:which|who|whom|whose|that|when|where|while|after|before|is|are|has|have)\b")]
    private static partial Regex ClauseWord();

    /// <summary>
    /// The first cue after <paramref name="date"/> when only verbless words lie between them ("On May 14, commencing at 5:10
    /// p.m. for some 30 minutes, the minister, Ms X, held a call": a participle and appositions), or -1: a clause of its own
    /// between them ("On Saturday, the storm hovered ... and the government withdrew") has its own verb to date.
    /// </summary>
    public static int FirstAfterVerbless(string text, List<EventCue> cues, DateExpression date)
    {
        var i = cues.FindIndex(k => k.Start >= date.End);
        if (i < 0) return -1;
        var between = text[date.End..cues[i].Start];
        return CueDating.TellsOfPast(between) || ClauseWord().IsMatch(between) ? -1 : i;
    }

    [GeneratedRegex(@"^\s+(?:comes|came|follows|followed)\s+(?:just\s+|shortly\s+|soon\s+)?after\s[^.;]*$")]
    private static partial Regex ComesAfter();

    /// <summary>"This announcement comes after the film was released on Saturday": the day is the later clause's, not the cue's.</summary>
    public static bool AfterComesAfter(string text, EventCue c, DateExpression date) =>
        c.End <= date.Start && ComesAfter().IsMatch(text.AsSpan(c.End, date.Start - c.End));

    [GeneratedRegex(@"\b(?:agreed|agree|agrees|decided|decide|decides|resolved|planned|intend|intends|intended|pledged|vowed|undertook|offered|proposed)\b[^,;:.]{0,40}?\bto\s+(?:hold|convene|host|organi[sz]e|stage|sign|attend|open|launch|begin|start|resume|conduct|arrange|call|pay|make|undertake|set\s+up)\s+(?:(?:a|an|the|another|their|its|his|her|new|further)\s+)*$")]
    private static partial Regex AgreedToHold();

    /// <summary>
    /// "The ministers agreed to hold an extraordinary session in September": an event that what was agreed, decided or
    /// planned is to bring about (the object of "to hold", "to convene", "to sign") is still to come when it was agreed.
    /// </summary>
    public static bool AgreedToBringAbout(string text, int phraseStart) =>
        AgreedToHold().IsMatch(text.AsSpan(Math.Max(0, phraseStart - 120), Math.Min(phraseStart, 120)));

    [GeneratedRegex(@"\bhad\s+(?:(?:already|just|previously|also|first)\s+)?(?:been\s+[a-z]+|[a-z]{2,}ed|met|held|made|begun|spoken|taken|given|won|struck|fought|brought|sent|told|written|signed)\b")]
    private static partial Regex PastPerfect();

    /// <summary>"The visit had been agreed in a telephone call on 4 March": the clause up to the cue is in the past perfect.</summary>
    public static bool Pluperfect(string text, int cueStart)
    {
        var from = Math.Max(0, Math.Max(text.LastIndexOf(". ", Math.Max(0, cueStart - 1), StringComparison.Ordinal), SentenceText.ClauseBefore(text, cueStart, 120)));
        return PastPerfect().IsMatch(text.AsSpan(from, cueStart - from));
    }
}
