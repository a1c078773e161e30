using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// "Mokha is quiet since it was recaptured from rebels in 2017", "The state of emergency was to end on Friday, but on
/// Thursday it was extended by two weeks": an "it" inside the sentence, subject of a dated passive, stands for the noun
/// phrase the sentence opens with. A sentence that opens with "It" (often of nothing: "It was agreed that ...") or with
/// a pronoun, an adverbial or a clause has no such phrase.
/// </summary>
public static partial class PronounAntecedents
{
    /// <summary>The opening noun phrase: a name or "the" and a noun, up to six words, ending at a comma or at the sentence's first verb.</summary>
    [GeneratedRegex(@"^(?<np>(?:The |the )?(?!(?:It|This|That|These|Those|There|He|She|They|We|I|You|But|And|Or|So|Yet|However|Meanwhile|Also|Then|Now|Still|In|On|At|By|For|From|With|Without|After|Before|Since|When|While|As|If|Although|Though|Because|Under|Over|During|Despite|Amid|According|Following|Earlier|Later|Last|Next|Yesterday|Today|Tomorrow)\b)[A-Z][\w’'.&-]*(?: (?!(?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|must|said|says|which|who|that)\b)[\w’'.&-]+){0,5}?)(?:,| (?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|must)\b)")]
    private static partial Regex OpeningPhrase();

    private static readonly HashSet<string> NotInPhrase = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "by", "from", "with", "to", "into", "after", "before", "during", "since", "until", "for", "as", "than", "also", "not",
    };

    /// <summary>
    /// What the "it" of <paramref name="subject"/> (a clause's words before its passive, starting at <paramref name="from"/>)
    /// stands for, or null when the subject is no lone "it" or the sentence opens with no noun phrase. <paramref name="names"/>
    /// are where the sentence's actors start ("United States", "Beijing" open names, not participles).
    /// </summary>
    public static string? Of(string text, string subject, int from, IEnumerable<int> names)
    {
        if (subject.Trim() != "it" || from <= 0) return null;
        if (OpeningPhrase().Match(text) is not { Success: true } m) return null;
        var np = m.Groups["np"].Value;
        // "The minister's visit, ...": a phrase reaching the pronoun's clause is no opening phrase of its own.
        // "Forming in July 2019, Hurricane Barry ...": a participle or a preposition makes it no noun phrase.
        var words = np.Split(' ');
        var first = words[0] is "The" or "the" && words.Length > 1 ? words[1] : words[0];
        if ((first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal)) && !names.Contains(np.IndexOf(first, StringComparison.Ordinal))) return null;
        return np.Length < from && !words.Any(w => char.IsLower(w[0]) && (w.EndsWith("ed", StringComparison.Ordinal) || NotInPhrase.Contains(w))) ? np : null;
    }
}
