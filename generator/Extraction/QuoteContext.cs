using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>One quote being attributed: its paragraph, the paragraph's tokens, mentions and quote spans, and where it opens and closes.</summary>
internal sealed record QuoteContext(ArticleFacts Facts, int Paragraph, DocParagraph Para, List<Token> Tokens,
                                    List<ActorMention> Mentions, List<(int Open, int Close)> Spans, int Open, int Close)
{
    /// <summary>The article's news outlets ("the paper says" is the last of them named): see <see cref="QuoteExtractor"/>.</summary>
    public IReadOnlySet<string> Outlets { get; init; } = new HashSet<string>();

    /// <summary>Where the text leading up to the quote begins: its sentence's start, or the end of an earlier quote in it.</summary>
    public int ClauseStart()
    {
        var prevClose = Spans.Where(s => s.Close < Open).Select(s => s.Close + 1).DefaultIfEmpty(0).Max();
        var start = Math.Max(Para.SentenceAt(Math.Max(0, Open)).Start, prevClose);
        // "Brandt wonders whether the fine was too small; Feld is sure of it: "..."": a semicolon outside quotes ends the clause before it.
        var semicolon = Open > 0 ? Para.Text.LastIndexOf(';', Open - 1) : -1;
        return semicolon >= start && !InsideQuote(semicolon) ? semicolon + 1 : start;
    }

    public bool OpensSentence()
    {
        var start = Para.SentenceAt(Open).Start;
        return !Tokens.Exists(t => t.IsWord && t.Start >= start && t.End <= Open);
    }

    public static int SentenceEnd(DocParagraph para, int offset)
    {
        var s = para.SentenceAt(offset);
        return Math.Max(offset + 1, s.Start + s.Length);
    }

    public bool InsideQuote(int offset) => Spans.Any(s => offset > s.Open && offset < s.Close);

    public static int SentenceEndAfter(DocParagraph para, int offset)
    {
        var s = para.SentenceAt(offset);
        var end = s.Start + s.Length;
        // The closing mark can end a sentence ("... table first.”"): then the tag, if any, is in the next sentence.
        if (end <= offset + 1 && s.Index + 1 < para.Sentences.Length) { var n = para.Sentences[s.Index + 1]; end = n.Start + n.Length; }
        return end;
    }
}
