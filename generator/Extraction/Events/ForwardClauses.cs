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
}
