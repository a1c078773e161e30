using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>Every internal URL, built from the base path so the site works at a domain root and under /repo/.</summary>
public sealed class SiteUrls(SiteSettings settings)
{
    public string Base { get; } = settings.BasePath;

    public string Home => Base;
    public string Articles => Base + "articles/";
    public string Article(string slug) => Base + "articles/" + slug + "/";
    public string Actors => Base + "actors/";
    public string Actor(string slug) => Base + "actors/" + slug + "/";
    public string Events => Base + "events/";
    public string Event(string slug) => Base + "events/" + slug + "/";
    public string Timeline => Base + "timeline/";
    public string Search => Base + "search/";
    public string Feed => Base + "feed.xml";
    public string ActorFeed(string slug) => Actor(slug) + "feed.xml";
    public string EventFeed(string slug) => Event(slug) + "feed.xml";
    public string Asset(string name) => Base + "assets/" + name;
    public string Path(string relative) => Base + relative.TrimStart('/');

    /// <summary>True when <see cref="Absolute"/> can give real absolute URLs (the base URL or <c>url:</c> names a host).</summary>
    public bool HasHost => settings.AbsoluteBase is not null;

    /// <summary>Absolute URL for feeds, sitemaps and canonical links; root-relative when the base URL has no host.</summary>
    public string Absolute(string url)
    {
        if (settings.AbsoluteBase is not { } abs) return url;
        var origin = new Uri(abs).GetLeftPart(UriPartial.Authority);
        return origin + url;
    }
}
