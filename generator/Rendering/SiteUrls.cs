using BriefingSite.Model;

namespace BriefingSite.Rendering;

/// <summary>Every internal URL, built from the base path so the site works at a domain root and under /repo/.</summary>
public sealed class SiteUrls(SiteSettings settings)
{
    public string Base { get; } = settings.BasePath;

    public string Home => Base;
    public string Articles => Base + "articles/";
    public string Article(string slug) => Base + "articles/" + slug + "/";
    public string Asset(string name) => Base + "assets/" + name;
    public string Path(string relative) => Base + relative.TrimStart('/');

    /// <summary>Absolute URL for feeds, sitemaps and canonical links; root-relative when the base URL has no host.</summary>
    public string Absolute(string url)
    {
        if (settings.AbsoluteBase is not { } abs) return url;
        var origin = new Uri(abs).GetLeftPart(UriPartial.Authority);
        return origin + url;
    }
}
