using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Words a document says: "Mr Crosby's statement said", "The WHO's website said", "its report says", "the letter stressed"
/// after "X released a letter", "a statement from the king:". The document's owner speaks: the actor in the possessive,
/// the body or person a possessive pronoun stands for, the one the article had issue such a document before the quote, or
/// the one it is from. Null when the words name no document, or no owner is found.
/// </summary>
internal sealed class DocumentSpeakers(Knowledge k, SpeakerReferences references)
{
    private readonly TitleReferences titles = new(k);
    private readonly BodyReferences bodies = new(k);

    /// <summary>The document that is the subject of the verb at <paramref name="verb"/> in <paramref name="window"/>: right before it, or right after an inverted verb ("says its report").</summary>
    public (string Speaker, string? Key)? Subject(QuoteContext c, List<Token> window, int verb)
    {
        var j = verb - 1;
        while (j >= 0 && QuoteSpeaker.Adverbs.Contains(window[j].Text)) j--;
        if (j >= 1 && IsDocument(window[j])) return Owner(c, window, j);
        if (!k.InvertedSpeechVerbs.Contains(window[verb].Text) && window[verb].Text is not ("read" or "reads")) return null;
        for (j = verb + 2; j < window.Count && j <= verb + 4; j++)
        {
            if (!window[j].IsWord) return null;
            if (IsDocument(window[j])) return Owner(c, window, j);
        }
        return null;
    }

    /// <summary>'The palace issued the following statement from the king: "..."': the one a document is from, right before the quote.</summary>
    public (string Speaker, string? Key)? From(QuoteContext c, int from, int end)
    {
        var words = c.Tokens.Where(t => t.Start >= from && t.End <= end && !c.InsideQuote(t.Start)).ToList();
        var at = words.FindLastIndex(t => t.Is("from"));
        if (at < 1 || !IsDocument(words[at - 1]) || words.Count - at > 5 || !words.Skip(at + 1).All(t => t.IsWord)) return null;
        var named = c.Mentions.Find(m => m.Start >= words[at].End && m.Start + m.Length <= end);
        if (named is not null) return (named.Key, named.Key);
        return titles.Titled(c.Facts, c.Paragraph, words[at].Start, words.Skip(at + 1).ToList());
    }

    private bool IsDocument(Token t) => t.IsLower && !t.Possessive && k.DocumentNouns.Contains(t.Text);

    private (string Speaker, string? Key)? Owner(QuoteContext c, List<Token> window, int noun)
    {
        // "RIAA's DMCA notice", "the government's written statement": modifiers stand between the determiner and the noun.
        var d = noun - 1;
        while (d >= 0 && noun - d <= 4 && window[d].IsWord && !window[d].Possessive && window[d].Text is not ("the" or "The" or "its" or "Its" or "his" or "His" or "her" or "Her" or "their" or "Their")) d--;
        if (d < 0 || !window[d].IsWord) return null;
        var det = window[d];
        var at = Math.Min(c.Open, det.Start);
        if (det.Possessive)
        {
            var owner = c.Mentions.Find(m => m.Start + m.Length == det.End && !c.InsideQuote(m.Start));
            return owner is null ? null : (owner.Key, owner.Key);
        }
        return det.Text.ToLowerInvariant() switch
        {
            "its" or "their" => bodies.Body(c.Facts, c.Paragraph, at),
            "his" => references.Pronoun(c.Facts, c.Paragraph, at, "he"),
            "her" => references.Pronoun(c.Facts, c.Paragraph, at, "she"),
            "the" => Issuer(c, window[noun].Text, at) ?? Named(c, window[noun].Text, at),
            _ => null,
        };
    }

    /// <summary>
    /// "A National Audit Office report on the 20 biggest projects says ... / ..., the report says": a document the article
    /// named before with its owner right before its noun ("a World Bank report", "The NAO's annual report"), a few
    /// lower-case modifiers between, is that owner's: the latest such before <paramref name="before"/>.
    /// </summary>
    private (string Speaker, string? Key)? Named(QuoteContext c, string noun, int before)
    {
        (string, string?)? found = null;
        foreach (var (p, para, spans, tokens) in ParagraphsUpTo(c))
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (p == c.Paragraph && tokens[i].Start >= before) break;
                if (!tokens[i].Is(noun) || spans.Any(s => tokens[i].Start > s.Open && tokens[i].Start < s.Close)) continue;
                var j = i - 1;
                while (j > 0 && i - j <= 3 && tokens[j].IsLower && !tokens[j].Possessive && !k.IsLowerFunctionWord(tokens[j].Text)) j--;
                var end = tokens[j].End;
                var owner = c.Facts.Mentions.FirstOrDefault(m => m.Paragraph == p && m.Start + m.Length == end && !spans.Any(s => m.Start > s.Open && m.Start < s.Close));
                if (owner is not null) found = (owner.Key, owner.Key);
            }
        }
        return found;
    }

    /// <summary>
    /// "The Commission released a statement on Friday ... The statement said": the person (else the body) named last before
    /// a verb that issues a document of that kind, in its sentence ("Mitchell Stoltz, an attorney of the EFF, sent a
    /// letter"), the latest such before <paramref name="before"/>.
    /// </summary>
    private (string Speaker, string? Key)? Issuer(QuoteContext c, string noun, int before)
    {
        (string, string?)? found = null;
        foreach (var (p, para, spans, tokens) in ParagraphsUpTo(c))
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (p == c.Paragraph && tokens[i].Start >= before) break;
                if (!k.DocumentIssuingVerbs.Contains(tokens[i].Text) || spans.Any(s => tokens[i].Start > s.Open && tokens[i].Start < s.Close)) continue;
                var doc = tokens.FindIndex(i + 1, Math.Min(4, tokens.Count - i - 1), t => t.Is(noun) || t.Text == noun + "s");
                if (doc < 0 || tokens.Skip(i + 1).Take(doc - i - 1).Any(t => !t.IsWord)) continue;
                var sentence = para.SentenceAt(tokens[i].Start);
                var subject = c.Facts.Mentions.Where(m => m.Paragraph == p && m.Start >= sentence.Start && m.Start + m.Length <= tokens[i].Start
                                                          && !tokens.Exists(t => t.Possessive && t.End == m.Start + m.Length)
                                                          && !spans.Any(s => m.Start > s.Open && m.Start < s.Close))
                    .OrderBy(m => m.Kind == ActorKind.Person ? 1 : 0).ThenBy(m => m.Start).LastOrDefault();
                if (subject is not null) found = (subject.Key, subject.Key);
            }
        }
        return found;
    }

    /// <summary>The article's paragraphs up to the quote's own, headings left out, each with its quotes' spans and its tokens.</summary>
    private IEnumerable<(int Index, DocParagraph Para, List<(int Open, int Close)> Spans, List<Token> Tokens)> ParagraphsUpTo(QuoteContext c)
    {
        for (var p = 0; p <= c.Paragraph; p++)
        {
            var para = c.Facts.Paragraphs[p];
            if (para.IsHeading) continue;
            yield return p == c.Paragraph ? (p, para, c.Spans, c.Tokens) : (p, para, QuoteSpans.Find(para.Text), k.Tokenizer.Tokenize(para));
        }
    }
}
