using BriefingSite.Model;

namespace BriefingSite.Normalize;

/// <summary>Tells whether an article is already in the site: same source URL, same normalized body, or same title on the same date.</summary>
public static class DuplicateFinder
{
    public sealed record Match(Article Existing, string Reason);

    public static Match? Find(Article candidate, IEnumerable<Article> existing)
    {
        var body = Canonical(candidate.Markdown);
        foreach (var e in existing)
        {
            if (candidate.Url is { } url && string.Equals(url, e.Url, StringComparison.OrdinalIgnoreCase)) return new(e, "same source URL");
            if (Canonical(e.Markdown) == body) return new(e, "same text");
            if (candidate.Date == e.Date && string.Equals(candidate.Title, e.Title, StringComparison.OrdinalIgnoreCase)) return new(e, "same title and date");
        }
        return null;
    }

    /// <summary>Body text compared without whitespace differences.</summary>
    private static string Canonical(string markdown) => string.Join(' ', markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
