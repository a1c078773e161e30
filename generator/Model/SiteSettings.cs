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

    /// <summary>Absolute origin for feeds and canonical links, or null when the base URL is only a path.</summary>
    public string? AbsoluteBase => BaseUrl.StartsWith('/') ? null : BaseUrl;
}
