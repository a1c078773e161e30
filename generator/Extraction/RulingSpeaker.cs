using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// A court's words: "The three-judge panel, presided over by Justice X, found that the detention was "arbitrary"",
/// "The summary of the decision read in part: "..."", "The opinion of the Court, released on Wednesday, read, "..."".
/// When the sentence's subject is a court (or its ruling) and a verb of ruling follows it before the quote, the court
/// speaks: the court named in the subject, else the court the article names most (then last) before the quote, else an
/// unnamed court. The judge named inside the subject presides; the words are the court's.
/// </summary>
internal sealed class RulingSpeaker(Knowledge k)
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "further", "unanimously", "had", "has", "have", "then", "later", "previously", "earlier", "had",
    };

    public (string Speaker, string? Key)? Find(QuoteContext c)
    {
        var sentence = c.Para.SentenceAt(c.Open);
        var words = c.Tokens.Where(t => t.Start >= sentence.Start && t.End <= c.Open && !c.InsideQuote(t.Start)).ToList();
        if (words.Count < 3) return null;
        // "The three-judge panel", "The summary", "The ECOWAS court": "the", up to four words, then a court noun.
        var the = words.FindIndex(t => t.Text is "The" or "the");
        // "When the court ruled ..., she sent a message: "...": a court in a clause opening with a subordinator is not the subject.
        if (the is < 0 or > 3 || words.Take(the).Any(t => !t.IsWord && !t.Is(",") || QuoteExtractor.Subordinators.Contains(t.Text))) return null;
        var noun = -1;
        for (var j = the + 1; j < words.Count && j <= the + 5; j++)
        {
            if (!words[j].IsWord && !words[j].Is("-")) break;
            if (k.CourtNouns.Contains(words[j].Text)) { noun = j; break; }
        }
        if (noun < 0 || words[noun].Possessive && noun + 1 < words.Count && k.RoleNouns.Contains(words[noun + 1].Text)) return null;
        var at = noun + 1;
        // "The summary of the decision", "The opinion of the Court": the court noun's "of ..." part.
        if (at < words.Count && words[at].Is("of"))
        {
            at++;
            while (at < words.Count && at <= noun + 6 && words[at].IsWord && !k.RulingVerbs.Contains(words[at].Text)) at++;
        }
        // ", presided over by Justice X of Senegal,": an aside between the subject and its verb.
        if (at < words.Count && words[at].Is(","))
        {
            var close = words.FindIndex(at + 1, t => t.Is(","));
            if (close < 0 || close - at > 16) return null;
            at = close + 1;
        }
        while (at < words.Count && Adverbs.Contains(words[at].Text)) at++;
        if (at >= words.Count || !k.RulingVerbs.Contains(words[at].Text)) return null;
        var subject = c.Mentions.FirstOrDefault(m => m.Kind == ActorKind.Organization && m.Start >= words[the].Start && m.Start < words[noun].End && IsCourt(m.Key));
        if (subject is not null) return (subject.Key, subject.Key);
        var named = c.Facts.Mentions
            .Where(m => m.Kind == ActorKind.Organization && IsCourt(m.Key) && (m.Paragraph < c.Paragraph || (m.Paragraph == c.Paragraph && m.Start < c.Open)))
            .Select((m, order) => (m.Key, order)).GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(x => x.order)).Select(g => g.Key).FirstOrDefault();
        return named is null ? (string.Join(' ', words.Skip(the).Take(noun - the + 1).Select(t => t.Text)), null) : (named, named);
    }

    /// <summary>"Court of Session", "ECOWAS Court of Justice", "International Criminal Tribunal": a court by its name's words.</summary>
    private static bool IsCourt(string name) =>
        name.Split(' ').Any(w => w is "Court" or "Tribunal" or "Justices");
}
