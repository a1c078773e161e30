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
    /// The person whose given name opens the sentence holding <paramref name="before"/> or the sentence before it in the
    /// same paragraph, when that sentence starts after <paramref name="after"/> (the last person named) and the person fits
    /// the pronoun; else null.
    /// </summary>
    public (string Speaker, string? Key)? Find(ArticleFacts facts, int paragraph, int before, ActorMention? after, Func<string, bool> fits)
    {
        var para = facts.Paragraphs[paragraph];
        var at = para.SentenceAt(before).Index;
        var tokens = k.Tokenizer.Tokenize(para.Text, para.Sentences.Select(s => s.Start).ToList());
        var people = facts.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        for (var s = at; s >= Math.Max(0, at - 1); s--)
        {
            var sentence = para.Sentences[s];
            if (after is not null && after.Paragraph == paragraph && after.Start >= sentence.Start) return null;
            var first = tokens.FindIndex(t => t.Start >= sentence.Start);
            if (first < 0 || first + 1 >= tokens.Count || !tokens[first].IsCapitalized || tokens[first].Possessive) continue;
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
