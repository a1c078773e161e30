using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Extraction;

/// <summary>The Extraction stage for one article: turns its text into facts. Pure and thread-safe.</summary>
public sealed class FactExtractor(MarkdownRenderer markdown)
{
    public ArticleFacts Run(Article article)
    {
        var paragraphs = markdown.ReadDocument(article.Markdown);
        return new ArticleFacts(article.Slug, paragraphs);
    }
}
