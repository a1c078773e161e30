namespace BriefingSite.Model;

/// <summary>What <c>site.yml</c> says, with defaults filled in. <see cref="BaseUrl"/> is absolute or root-relative and always ends with '/'.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    string? Domain,
    string Theme,
    string? Author)
{
    public static SiteSettings Default { get; } =
        new("Briefing", "A briefing on a developing story.", "/", "en", null, "default", null);

    /// <summary>The path part of the base URL ("/" or "/repo/"), which every internal link starts with.</summary>
    public string BasePath => BaseUrl.StartsWith('/') ? BaseUrl : new Uri(BaseUrl).AbsolutePath;

    /// <summary>
    /// The public origin (<c>https://host</c>) from <c>site.yml</c>'s <c>url:</c>, used for absolute URLs (feeds, sitemap,
    /// canonical and OpenGraph links) when <see cref="BaseUrl"/> is only a path.
    /// </summary>
    public string? Origin { get; init; }

    /// <summary>Absolute base for feeds and canonical links: the base URL when it has a host, else <see cref="Origin"/> + base path; null when neither gives a host.</summary>
    public string? AbsoluteBase => !BaseUrl.StartsWith('/') ? BaseUrl : Origin is { } o ? o.TrimEnd('/') + BaseUrl : null;
}
