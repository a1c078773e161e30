using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Interviews whose speakers are marked in double brackets, the Wikinews style: "((WN)) What led you to this research?"
/// then "((Sara Seager)) It's one of my life's goals ...". The interviewer's marker ("WN", "Wikinews") names no one; the
/// other markers name the person answering, whose answer is quoted whole, with the paragraphs after it up to the next marker.
/// </summary>
public static class BracketedInterviewAnswers
{
    /// <summary>"Sara Seager" of "((Sara Seager))  We wanted ...": the marker opening a paragraph, and where its text starts and ends.</summary>
    public static (string Name, int Start, int End)? Marker(string text)
    {
        var t = text.TrimStart();
        var lead = text.Length - t.Length;
        if (!t.StartsWith("((", StringComparison.Ordinal)) return null;
        var close = t.IndexOf("))", 2, StringComparison.Ordinal);
        if (close is < 3 or > 60) return null;
        var name = t[2..close].Trim();
        return name.Length == 0 || name.Contains('(') ? null : (name, lead + t.IndexOf(name, 2, StringComparison.Ordinal), lead + t.IndexOf(name, 2, StringComparison.Ordinal) + name.Length);
    }

    /// <summary>The interviewer's own marker: the outlet's name or its initials.</summary>
    public static bool Interviewer(string name) => name is "WN" or "Wikinews" or "Q" or "Question" or "Interviewer";

    /// <summary>
    /// "((Perttu Ahola))": a marker of two to four capitalized words, in at least two paragraphs, names a person, found
    /// where it first stands when nothing else found a name there.
    /// </summary>
    public static IEnumerable<PersonCandidate> Speakers(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized, List<PersonCandidate> found)
    {
        var markers = paragraphs.Select(Marker).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (markers[p] is not { } m || Interviewer(m.Name) || !seen.Add(m.Name)) continue;
            if (markers.Count(x => x?.Name == m.Name) < 2) continue;
            var words = m.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 4 || !words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c is '-' or '\''))) continue;
            if (found.Exists(c => c.Paragraph == p && c.Start < m.End && m.Start < c.End)) continue;
            var tokens = tokenized[p].Where(t => t.Start >= m.Start && t.End <= m.End).Select(t => t.Text).ToList();
            yield return new PersonCandidate(tokens, null, p, m.Start, m.End);
        }
    }

    /// <summary>
    /// The answer a marked paragraph gives, or that a paragraph without a marker continues (after an answer, before the
    /// next marker): the person is the one found at the marker, else the article's person whose initials the marker is
    /// ("((RS))" for Richard Stallman), else the only person whose name holds the marker's one word ("((Jaya))").
    /// </summary>
    public static QuoteFact? Answer(ArticleFacts facts, int p)
    {
        var text = facts.Paragraphs[p].Text;
        if (Marker(text) is { } marker)
        {
            if (Interviewer(marker.Name)) return null;
            var answer = text[marker.End..].TrimStart(')', ' ', ':', '\u00a0').Trim();
            if (TextChars.SpacedWords(answer) < 4 || Speaker(facts, p, marker) is not { } key) return null;
            return new QuoteFact(key, key, answer, 0, 0);
        }
        if (QuoteSpans.Find(text).Count > 0 || Question(text) || TextChars.SpacedWords(text) < 4) return null;
        var next = Enumerable.Range(p + 1, facts.Paragraphs.Length - p - 1).Where(q => !facts.Paragraphs[q].IsHeading).Select(q => Marker(facts.Paragraphs[q].Text)).FirstOrDefault(x => x is not null);
        if (next is null) return null;
        // "Can you tell us something about yourself?": an interviewer's question without a marker ends the answer.
        for (var q = p - 1; q >= 0; q--)
        {
            if (facts.Paragraphs[q].IsHeading || Question(facts.Paragraphs[q].Text)) return null;
            if (Marker(facts.Paragraphs[q].Text) is null) continue;
            return Answer(facts, q) is { } previous ? previous with { Text = text.Trim() } : null;
        }
        return null;
    }

    private static bool Question(string text) => text.TrimEnd().EndsWith('?');

    private static string? Speaker(ArticleFacts facts, int p, (string Name, int Start, int End) marker)
    {
        var people = facts.Mentions.Where(m => m.Kind == ActorKind.Person).ToList();
        if (people.FirstOrDefault(m => m.Paragraph == p && m.Start >= marker.Start && m.Start + m.Length <= marker.End) is { } at) return at.Key;
        var keys = people.Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        if (marker.Name.Length is >= 2 and <= 4 && marker.Name.All(char.IsUpper))
        {
            var initials = keys.Where(key => string.Concat(key.Split(' ', '-').Where(w => w.Length > 0).Select(w => w[0])) == marker.Name).ToList();
            if (initials.Count == 1) return initials[0];
        }
        if (!marker.Name.Contains(' '))
        {
            var holding = keys.Where(key => key.Split(' ').Contains(marker.Name, StringComparer.Ordinal)).ToList();
            if (holding.Count == 1) return holding[0];
        }
        return null;
    }
}
