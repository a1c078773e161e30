using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Organizations referred to rather than named: a definite description ("the commission said", "The court's summary
/// concluded") is the article's organization whose name has that noun as its head; "it" is the body named last.
/// </summary>
public sealed class BodyReferences(Knowledge k)
{
    /// <summary>
    /// "the commission" after "the ECOWAS Commission", "The court's summary" after "the Court of Session": "the" and a
    /// lower-case noun that heads an organization named earlier in the article is that organization.
    /// A phrase with a role noun ("the court's spokesman") is someone unnamed who speaks for it, not the body itself.
    /// </summary>
    public (string Speaker, string? Key)? Described(ArticleFacts facts, int paragraph, int before, IReadOnlyList<Token> phrase)
    {
        if (phrase.Count is < 2 or > 4 || !phrase[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || !phrase[1].IsLower) return null;
        if (phrase.Skip(1).Any(t => k.RoleNouns.Contains(t.Text))) return null;
        // "the commission said", "the court's summary": the noun is the last word or the possessive owner.
        var noun = phrase[1].Possessive || phrase.Count == 2 ? phrase[1].Text : null;
        if (noun is null) return null;
        // The body the article is about wins over one named in passing ("the court" after five mentions of one court
        // and a line on another); among equals, the latest.
        var named = facts.Mentions
            .Where(m => m.Kind == ActorKind.Organization && (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Start < before)))
            .Where(m => string.Equals(Head(m.Key), noun, StringComparison.OrdinalIgnoreCase))
            .Select((m, order) => (m.Key, order)).GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(x => x.order)).Select(g => g.Key).FirstOrDefault();
        return named is null ? null : (named, named);
    }

    /// <summary>
    /// "It also urged people to ...": the organization (else country) named last before <paramref name="before"/>, in this
    /// paragraph or the one before, outside any quote.
    /// </summary>
    public (string Speaker, string? Key)? Body(ArticleFacts facts, int paragraph, int before)
    {
        var spans = QuoteSpans.Find(facts.Paragraphs[paragraph].Text);
        var last = facts.Mentions
            .Where(m => m.Kind != ActorKind.Person && (m.Paragraph == paragraph - 1 || (m.Paragraph == paragraph && m.Start < before)))
            .Where(m => m.Paragraph != paragraph || !spans.Any(s => m.Start > s.Open && m.Start < s.Close))
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Start).LastOrDefault();
        return last is null ? null : (last.Key, last.Key);
    }

    /// <summary>The head noun of an organization's name: "Commission" in "ECOWAS Commission", "Court" in "Court of Session".</summary>
    private static string Head(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindIndex(words, w => w is "of" or "for" or "on");
        return of > 0 ? words[of - 1] : words[^1];
    }
}
