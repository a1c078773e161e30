using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Extraction;

/// <summary>The Extraction stage for one article: turns its text into facts. Pure and thread-safe.</summary>
public sealed class FactExtractor
{
    private readonly MarkdownRenderer markdown;

    /// <summary>The rules, in order: later rules see what earlier ones found (quotes need actors, events need both).</summary>
    private readonly IFactExtractor[] extractors;

    public FactExtractor(MarkdownRenderer markdown, Knowledge knowledge)
    {
        this.markdown = markdown;
        Knowledge = knowledge;
        extractors =
        [
            new ActorExtractor(knowledge),
            new QuoteExtractor(knowledge),
            new EventExtractor(knowledge.PartyMemberWords),
        ];
    }

    /// <summary>What the rules know besides the article; its fingerprint belongs in any cache key for facts.</summary>
    public Knowledge Knowledge { get; }

    public ArticleFacts Run(Article article)
    {
        using var tokens = ParagraphTokens.Open(Knowledge.Tokenizer);
        var facts = ArticleFacts.Empty(article.Slug, markdown.ReadDocument(article.Markdown));
        foreach (var extractor in extractors) facts = extractor.Extract(article, facts);
        return facts;
    }
}
