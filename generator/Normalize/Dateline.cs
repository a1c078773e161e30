using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingSite.Normalize;

/// <summary>Splits a wire dateline ("BRUSSELS (AN) – ", "KYIV, Ukraine (AP) — ") off the lead paragraph.</summary>
public static partial class Dateline
{
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:,\s*(?<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?(?:,?\s+(?<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?\s*(?:\((?<agency>[A-Za-z][\w .&/-]{0,30})\))?\s*(?:[–—]|--?|:)\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Wire();

    public sealed record Result(string Place, string? Agency, string Rest);

    public static Result? Parse(string paragraph)
    {
        var m = Wire().Match(paragraph);
        if (!m.Success) return null;
        var place = m.Groups["place"].Value;
        if (place.Count(char.IsLetter) < 3 || !place.Any(char.IsLetter) || place.Any(char.IsLower)) return null;
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        var hasMarker = agency is not null || m.Value.Contains('–') || m.Value.Contains('—') || m.Value.Contains("--", StringComparison.Ordinal) || m.Groups["region"].Success
            || m.Groups["date"].Success; // "SEOUL, Nov 3 - ": a place and a date before a hyphen
        if (!hasMarker) return null; // a bare "NATO -" is a sentence, not a dateline
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
        if (m.Groups["region"].Success) title += ", " + m.Groups["region"].Value;
        return new Result(title, agency, paragraph[m.Length..]);
    }
}
