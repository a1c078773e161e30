using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Where a pronoun's referent may be named as a sentence's subject: the sentence holding the pronoun and the one before it
/// in the same paragraph, nearest first, each with the index of its first token, as long as the sentence starts after the
/// last person named (<c>after</c>). The paragraph is tokenized once for every reader of these openings
/// (<see cref="TitledSubjects"/>, <see cref="GivenNameSubjects"/>).
/// </summary>
internal sealed class SentenceOpenings
{
    public List<Token> Tokens { get; }
    public List<(DocSentence Sentence, int First)> Sentences { get; } = [];

    public SentenceOpenings(Knowledge k, ArticleFacts facts, int paragraph, int before, ActorMention? after)
    {
        var para = facts.Paragraphs[paragraph];
        Tokens = k.Tokenizer.Tokenize(para);
        var at = para.SentenceAt(before).Index;
        for (var s = at; s >= Math.Max(0, at - 1); s--)
        {
            var sentence = para.Sentences[s];
            if (after is not null && after.Paragraph == paragraph && after.Start >= sentence.Start) break;
            var first = Tokens.FindIndex(t => t.Start >= sentence.Start);
            if (first >= 0) Sentences.Add((sentence, first));
        }
    }
}
