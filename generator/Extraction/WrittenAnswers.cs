using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// A parliament's written answer: "Answered by Ines Calder, Minister for Trade, on 3 March 2027:" then the answer. The
/// line names the minister who answers (a person, with the office as her role), and the answer after its colon is her
/// quote, quoted whole.
/// </summary>
public static partial class WrittenAnswers
{
    /// <summary>The name in the paragraph's "Answered by" line, where it stands, and the office it gives.</summary>
    public static (string Name, int Start, int End, string? Role, int Colon)? Marker(string text)
    {
        if (Line().Match(text) is not { Success: true } m) return null;
        var name = m.Groups["name"];
        var role = m.Groups["role"].Success ? m.Groups["role"].Value.Trim() : null;
        return (name.Value, name.Index, name.Index + name.Length, role, m.Groups["colon"].Index);
    }

    /// <summary>The person each "Answered by" line names, where nothing else found a name there.</summary>
    public static IEnumerable<PersonCandidate> Speakers(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized, List<PersonCandidate> found)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (Marker(paragraphs[p]) is not { } m) continue;
            if (found.Exists(c => c.Paragraph == p && c.Start < m.End && m.Start < c.End)) continue;
            var words = tokenized[p].Where(t => t.Start >= m.Start && t.End <= m.End).Select(t => t.Text).ToList();
            yield return new PersonCandidate(words, m.Role, p, m.Start, m.End);
        }
    }

    /// <summary>The answer after the line's colon, as the quote of the person the line names.</summary>
    public static QuoteFact? Answer(string text, List<ActorMention> mentions)
    {
        if (Marker(text) is not { } m) return null;
        var speaker = mentions.FirstOrDefault(x => x.Kind == ActorKind.Person && x.Start == m.Start && x.Start + x.Length == m.End);
        var answer = text[(m.Colon + 1)..].Trim();
        return speaker is null || answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4 ? null : new QuoteFact(speaker.Key, speaker.Key, answer, 0, 0);
    }

    [GeneratedRegex(@"^Answered by (?:(?:the )?(?:Rt )?Hon\.? )?(?<name>\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3})(?:, (?<role>[^:\n]{2,90}?))?(?:,? on [^:\n]{4,30})?(?<colon>:)\s")]
    private static partial Regex Line();
}
