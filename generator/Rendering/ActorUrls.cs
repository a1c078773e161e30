namespace BriefingSite.Rendering;

/// <summary>URLs of the actor pages, next to the site's other URLs.</summary>
public static class ActorUrls
{
    public static string Actors(this SiteUrls urls) => urls.Path("actors/");
    public static string Actor(this SiteUrls urls, string slug) => urls.Path("actors/" + slug + "/");

    /// <summary>The exact sentence of an article, as the article page anchors it.</summary>
    public static string Sentence(this SiteUrls urls, string articleSlug, string sentenceId) => urls.Article(articleSlug) + "#" + sentenceId;

    public static string KindName(Model.ActorKind kind) => kind switch
    {
        Model.ActorKind.Person => "person",
        Model.ActorKind.Organization => "organization",
        _ => "country",
    };
}
