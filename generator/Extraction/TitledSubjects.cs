using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "The Secretary-General recalls the treaty. As he told the conference, "...": a sentence that opens with "The" and a
/// title, then its verb, has as subject the one person the article gave that title. A pronoun after such a sentence is
/// that person, not someone named in passing before it.
/// </summary>
internal sealed class TitledSubjects(Knowledge k)
{
    private static readonly HashSet<string> OtherOffice = new(StringComparer.OrdinalIgnoreCase) { "shadow", "former", "deputy", "vice", "assistant", "ex", "junior", "spokesperson", "spokesman", "spokeswoman" };

    /// <summary>
    /// The titled subject of one of the <paramref name="openings"/> (the sentence holding the pronoun or the one before it,
    /// after the last person named), when the title fits the pronoun; else null.
    /// </summary>
    public (string Speaker, string? Key)? Find(ArticleFacts facts, int paragraph, SentenceOpenings openings, Func<string, bool> fits)
    {
        var para = facts.Paragraphs[paragraph];
        var tokens = openings.Tokens;
        foreach (var (sentence, first) in openings.Sentences)
        {
            if (!tokens[first].Is("The")) continue;
            var end = first + 1;
            while (end < tokens.Count && end - first <= 4 && (tokens[end].IsCapitalized || tokens[end].Is("-") && end > first + 1) && !tokens[end].Possessive) end++;
            if (end == first + 1 || end >= tokens.Count || !tokens[end].IsLower || k.IsLowerFunctionWord(tokens[end].Text)) continue;
            var words = tokens.Skip(first + 1).Take(end - first - 1).Where(t => t.IsWord).Select(t => t.Text).ToList();
            if (!words.Exists(w => k.RoleWords.Contains(w))) continue;
            var title = para.Text[tokens[first + 1].Start..tokens[end - 1].End];
            var holders = facts.Mentions
                .Where(m => m.Kind == ActorKind.Person && m.Role is { } role && (m.Paragraph < paragraph || m.Paragraph == paragraph && m.Start < sentence.Start))
                .Where(m => m.Role!.EndsWith(title, StringComparison.OrdinalIgnoreCase))
                // "the spokesperson for Secretary-General Ana Ruiz" is the Secretary-General, the title right before her
                // name; "Tom Berg, a former Secretary-General" or "Lin Wu, spokesperson for the Secretary-General" is not.
                .Where(m => !m.Role!.Split(' ', ',').Any(w => OtherOffice.Contains(w) && !words.Contains(w, StringComparer.OrdinalIgnoreCase))
                            || facts.Paragraphs[m.Paragraph].Text[..m.Start].TrimEnd().EndsWith(title, StringComparison.OrdinalIgnoreCase))
                .Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
            return holders.Count == 1 && fits(holders[0]) ? (holders[0], holders[0]) : null;
        }
        return null;
    }
}
