using System.Globalization;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Normalize;

/// <summary>Recognises a line that is nothing but a publication date ("Friday, January 4, 2019", "Published: 13 Feb 2025").</summary>
public static partial class DateLineParser
{
    [GeneratedRegex(@"^(?:(?:published|updated|posted)(?: on)?:?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:(?<m>[a-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>[a-z]{3,9})\.?,?\s+(?<y>\d{4})|(?<y>\d{4})-(?<mn>\d{2})-(?<d>\d{2}))(?:[,\s]+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();

    public static PartialDate? Parse(string line)
    {
        var m = DateOnly().Match(line.Trim());
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mn"].Success ? int.Parse(m.Groups["mn"].Value, CultureInfo.InvariantCulture) : MonthNumber(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month == 0) return null;
        var date = PartialDate.OfDay(year, month, day);
        return date.IsValid ? date : null;
    }

    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>1–12 for an English month name or its usual abbreviation ("Sept", "Feb."), else 0.</summary>
    public static int MonthNumber(string name) =>
        Months.TryGetValue(name.TrimEnd('.').ToLowerInvariant(), out var n) ? n : 0;

    private static Dictionary<string, int> BuildMonths()
    {
        string[] names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) { d[names[i]] = i + 1; d[names[i][..3]] = i + 1; }
        d["sept"] = 9;
        return d;
    }
}
