using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A game told by its score: "Norland and Vesta drew 2-2 on Sunday", "watched the two teams draw 0-0", "Vesta beat
/// Norland 3-1", "a 2-0 win in Kessel". The score says a match was played; a verb of winning or losing without one
/// ("won the vote", "lost the election") says nothing of a game, and a tally of votes ("won 52-48 in the Senate vote") is no score.
/// </summary>
public static partial class MatchResults
{
    /// <summary>A verb of a game's result, up to four names or linking words, and a score of at most 19 a side (not a tally of senators).</summary>
    [GeneratedRegex(@"\b(?<verb>drew|draw|draws|beat|beats|won|wins|lost|loses)(?: (?:[A-Z][\w’'.-]*|the|to|against|at|away|home)){0,4}? (?<score>1?\d[-–]1?\d)(?![\w%–-])(?! (?:votes?|majority|decision|ruling|in (?:the|a) (?:vote|ballot|poll)))")]
    private static partial Regex Result();

    /// <summary>A result told as a noun: "a 1-1 draw", "their 3-0 victory".</summary>
    [GeneratedRegex(@"(?<![\w-])1?\d[-–]1?\d (?:draw|win|victory|defeat|loss)\b")]
    private static partial Regex ResultNoun();

    /// <summary>The cues of games in <paramref name="text"/>, kind "match": the verb with its score, or the score with its noun.</summary>
    public static IEnumerable<EventCue> Find(string text)
    {
        if (!text.Contains('-') && !text.Contains('–')) yield break;
        foreach (Match m in Result().Matches(text))
            yield return new EventCue("match", m.Index, m.Length, m.Value, true);
        foreach (Match m in ResultNoun().Matches(text))
            yield return new EventCue("match", m.Index, m.Length, m.Value, false);
    }
}
