using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "Hana Ruiz was cautious ... Hana is more hopeful. "...," she said": a sentence that opens with the given name of one
/// person the article named in full, then a lower-case verb, has that person as subject. A pronoun after such a sentence
/// is that person, not the one named last in full. Read for speakers only: the lone given name is no mention.
/// </summary>
internal sealed class GivenNameSubjects(Knowledge k)
{
    /// <summary>
    /// The person whose given name opens one of the <paramref name="openings"/> (the sentence holding the pronoun or the
    /// one before it, after the last person named), when the person fits the pronoun; else null.
    /// </summary>
    public (string Speaker, string? Key)? Find(ArticleFacts facts, int paragraph, SentenceOpenings openings, Func<string, bool> fits)
    {
        var tokens = openings.Tokens;
        var people = facts.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (_, first) in openings.Sentences)
        {
            if (first + 1 >= tokens.Count || !tokens[first].IsCapitalized || tokens[first].Possessive) continue;
            var word = tokens[first].Text;
            if (!tokens[first + 1].IsLower || tokens[first + 1].Text is "and" or "or" or "of" or "the" or "a" or "an" || k.FunctionWords.Contains(word)) continue;
            if (facts.Mentions.Any(m => m.Paragraph == paragraph && m.Start == tokens[first].Start)) continue;
            // The first word of exactly one full name, and the last word of none (a surname alone is found as a mention).
            var owners = people.Where(p => p.Contains(' ') && p[..p.IndexOf(' ')] == word).ToList();
            if (owners.Count != 1 || people.Exists(p => p.Split(' ')[^1] == word)) continue;
            return fits(owners[0]) ? (owners[0], owners[0]) : null;
        }
        return null;
    }
}
