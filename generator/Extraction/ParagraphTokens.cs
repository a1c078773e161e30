using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// The tokens of the paragraphs of the article being extracted on this thread: the actor, quote and speaker rules each
/// tokenized every paragraph again (11% of a build's string allocations), now they share one tokenization. Open only
/// while <see cref="FactExtractor.Run"/> reads one article, so no tokens outlive it; outside, each call tokenizes afresh.
/// </summary>
internal static class ParagraphTokens
{
    // Keyed by the paragraph object itself (a record compares by value, which would hash its whole text).
    [ThreadStatic] private static Dictionary<DocParagraph, List<Token>>? open;
    [ThreadStatic] private static WordTokenizer? openFor;

    /// <summary>Remembers tokenizations on this thread until the result is disposed.</summary>
    public static IDisposable Open(WordTokenizer tokenizer)
    {
        var scope = new Scope(open, openFor);
        open = new Dictionary<DocParagraph, List<Token>>(ReferenceEqualityComparer.Instance);
        openFor = tokenizer;
        return scope;
    }

    /// <summary>
    /// The paragraph's tokens. Shared while a scope is open: callers must not change the list (checked once by comparing every
    /// shared list with a fresh tokenization after each article of the c2k and corpus sites).
    /// </summary>
    public static List<Token> Of(WordTokenizer tokenizer, DocParagraph paragraph)
    {
        if (open is null || !ReferenceEquals(openFor, tokenizer)) return Tokenize(tokenizer, paragraph);
        if (!open.TryGetValue(paragraph, out var tokens)) open[paragraph] = tokens = Tokenize(tokenizer, paragraph);
        return tokens;
    }

    private static List<Token> Tokenize(WordTokenizer tokenizer, DocParagraph paragraph)
    {
        var starts = new int[paragraph.Sentences.Length];
        for (var s = 0; s < starts.Length; s++) starts[s] = paragraph.Sentences[s].Start;
        return tokenizer.Tokenize(paragraph.Text, starts);
    }

    private sealed class Scope(Dictionary<DocParagraph, List<Token>>? previous, WordTokenizer? previousFor) : IDisposable
    {
        public void Dispose() { open = previous; openFor = previousFor; }
    }
}
