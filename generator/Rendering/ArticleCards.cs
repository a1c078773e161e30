using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>The short form of an article used in lists, previous/next links and the home page.</summary>
public static class ArticleCards
{
    public static ArticleCard Of(Article a, SiteUrls urls) =>
        new(a.Title, urls.Article(a.Slug), a.Date?.ToDisplay(), a.Date?.ToString(), a.SourceLabel, a.Summary, a.Place);
}
