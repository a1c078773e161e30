namespace BriefingSite.Extraction.Dates;

/// <summary>A date named by a night ("on the night of 2 to 3 May"): see <see cref="DateExpressionParser"/>.</summary>
internal static class NightDates
{
    /// <summary>The words right before a date are "night of" ("on the night of 2 to 3 May", "overnight of").</summary>
    public static bool After(string text, int at) =>
        text.AsSpan(0, at).TrimEnd().EndsWith("night of", StringComparison.OrdinalIgnoreCase);
}
