namespace BriefingSite.Rendering;

/// <summary>URL checks shared by pages that print links taken from content.</summary>
public static class UrlSafety
{
    public static bool IsSafeHttpUrl(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
}
