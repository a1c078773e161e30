using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Events told as what someone hopes, intends, plans or is due to do, or has yet to do: "he hopes to announce a deal",
/// "the office intends to appeal", "twenty trucks are due to leave", "the House has yet to ratify the text", "he expects
/// it to be lifted". The verb after "to" is the event, still to come; a wish with no one who holds it ("to appeal is
/// costly") is none.
/// </summary>
public static partial class IntendedEvents
{
    [GeneratedRegex(@"(?<=\b(?:hopes?|hoped|hoping|intends?|intended|intending|plans?|planned|planning|aims?|aimed|aiming|expects?|expected|due|set|scheduled|yet|preparing|prepared|ready|(?:is|are|was|were) to)\s+to\s+)(?:(?<announcement>announce|unveil)|(?<signing>sign)|(?<ratification>ratify)|(?<appeal>appeal)|(?<departure>leave for|depart for|depart|set off for|sail for)|(?<visit>visit|travel to|fly to)|(?<meeting>meet|host|hold talks|begin talks|open talks|resume talks)|(?<lifting>lift)|(?<sanctions>impose)|(?<resignation>resign|step down)|(?<election>vote on|hold a referendum|hold elections|hold a vote)|(?<deployment>deploy))\b|(?<=\b(?:expects?|expected|hopes?|hoped|due|set|scheduled|yet|is|are|will|was|were)\s+(?:(?:it|them)\s+)?to be\s+)(?:(?<lifting>lifted)|(?<signing>signed)|(?<ratification>ratified))\b")]
    private static partial Regex Intended();

    /// <summary>A part of every verb <see cref="Intended"/> ends with: a sentence with none of them is not searched (most have none).</summary>
    private static readonly SearchValues<string> IntendedVerbs = SearchValues.Create(
        ["announce", "unveil", "sign", "ratif", "appeal", "leave for", "depart", "set off for", "sail for", "visit", "travel to", "fly to", "meet", "host",
         "hold ", "begin talks", "open talks", "resume talks", "lift", "impose", "resign", "step down", "vote on", "deploy"], StringComparison.Ordinal);

    private static readonly string[] Kinds = ["announcement", "signing", "ratification", "appeal", "departure", "visit", "meeting", "lifting", "sanctions", "resignation", "election", "deployment"];

    /// <summary>The intended events' verbs in <paramref name="text"/>, each a cue of its kind marked <see cref="EventCue.Intended"/>.</summary>
    public static IEnumerable<EventCue> Find(string text)
    {
        if (!text.AsSpan().ContainsAny(IntendedVerbs)) yield break;
        foreach (Match m in Intended().Matches(text))
            foreach (var kind in Kinds)
                if (m.Groups[kind].Success)
                {
                    yield return new EventCue(kind, m.Index, m.Length, m.Value, true) { Intended = true };
                    break;
                }
    }

    [GeneratedRegex(@"\b(?:hopes?|hoped|intends?|intended|plans?|planned|aims?|expects?|expected|is|are|was|were|has|have|had|will)\b")]
    private static partial Regex IntentionWord();

    [GeneratedRegex(@"\b(?:not|never|no longer|n[o’']t|unlikely|cannot|can't|can’t)\b")]
    private static partial Regex Negation();

    /// <summary>"does not intend to appeal", "is unlikely to sign": the clause says it will not be.</summary>
    public static bool Denied(string text, EventCue cue) =>
        Negation().IsMatch(text.AsSpan()[Math.Max(0, SentenceText.ClauseBefore(text, cue.Start, 60))..cue.Start]);

    /// <summary>Someone holds the intention: an actor named in the clause before the verb, a pronoun, or a group ("the two sides").</summary>
    public static bool Held(string text, EventCue cue, IReadOnlyList<SentenceEventReader.Participant> participants)
    {
        var from = Math.Max(0, SentenceText.ClauseBefore(text, cue.Start, 80));
        if (participants.Any(p => p.Start >= from && p.Start < cue.Start)) return true;
        var words = text[from..cue.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w is "he" or "He" or "she" or "She" or "they" or "They" or "we" or "We")) return true;
        var intention = IntentionWord().Matches(text[from..cue.Start]).LastOrDefault();
        return intention is not null && GroupSubjects.Before(text, from + intention.Index);
    }
}
