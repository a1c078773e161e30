using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>One extraction rule. Receives the facts found so far (earlier rules in the list) and returns them extended.</summary>
public interface IFactExtractor
{
    ArticleFacts Extract(Article article, ArticleFacts soFar);
}
