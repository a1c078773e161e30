using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// An event its own phrase says lasts several days ("the two-day summit", "a three-day visit", "a week-long tour"): a
/// single day given for it is only the day it begins, so the text dates the event to that day's month, not to the day.
/// </summary>
public static partial class MultiDayEvents
{
    /// <summary>Whether the words before the event noun say it lasts more than one day.</summary>
    public static bool Lasting(string modifiers) => Duration().IsMatch(modifiers);

    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]|several|multi)[- ]days?\b|\bweek-?long\b|\bmonth-?long\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
