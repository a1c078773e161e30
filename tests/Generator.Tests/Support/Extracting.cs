using BriefingSite.Extraction;
using BriefingSite.Model;
using BriefingSite.Rendering;

namespace BriefingSite.Tests.Support;

/// <summary>Normalizes an in-memory article and runs the full extraction on it, with the shipped knowledge.</summary>
public static class Extracting
{
    public static ArticleFacts Facts(string text, Knowledge? knowledge = null, string path = "content/articles/a.txt")
    {
        var (article, _) = Normalizing.Text(text, path);
        return new FactExtractor(new MarkdownRenderer(), knowledge ?? Knowledge.Load()).Run(article);
    }

    /// <summary>The distinct actor keys an article names, sorted.</summary>
    public static List<string> ActorKeys(ArticleFacts facts) =>
        facts.Mentions.Select(m => m.Key).Distinct().Order(StringComparer.Ordinal).ToList();
}
