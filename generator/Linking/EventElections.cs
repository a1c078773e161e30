using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// An election is one event per type, year and country: "the 2016 presidential election" of one article and "the 2016
/// United States presidential election" of another article of the same story are one election, though their words have
/// nothing in common but the type ("presidential"). Told apart by another year (a conflict already), another type
/// ("parliamentary", "regional") or a country one side names and the other's article is not about.
/// </summary>
internal static class EventElections
{
    /// <summary>The evidence an election's type, year and country give: enough for a year alone.</summary>
    public const int Evidence = 6;

    public static bool SameElection(EventTraits x, EventTraits y) =>
        x.Kind == "election" && y.Kind == "election" && x.Dated && y.Dated && x.Year == y.Year
        && !(x.Precision == DatePrecision.Day && y.Precision == DatePrecision.Day)
        // The type: a word of the title other than the noun ("presidential", "general", "parliamentary"), on both sides and
        // the same; or on one side only, the other told by its year alone ("the 2020 election" of an article of the story),
        // which is no round held on a day of that year (a primary on 3 February).
        && (x.Descriptors.Length > 0 && y.Descriptors.Length > 0 && EventTraits.Common(x.Descriptors, y.Descriptors) == Math.Min(x.Descriptors.Length, y.Descriptors.Length)
            || YearOnly(x) != YearOnly(y) && (YearOnly(x) ? y : x) is { Descriptors.Length: > 0, Precision: not DatePrecision.Day })
        && Within(x, y) && Within(y, x)
        // One story: a distinctive actor, or two main actors, in common.
        && (EventTraits.Overlap(x.Story, y.Story) || EventTraits.Common(x.Main, y.Main) >= 2);

    /// <summary>An election told by its year and noun alone, with no type and no name of its own ("the 2020 election").</summary>
    private static bool YearOnly(EventTraits t) => t.Descriptors.Length == 0 && t.Precision == DatePrecision.Year && t.Name < 0;

    /// <summary>Whoever one side says took part (the country, "United States") is among the other's participants or its article's main actors.</summary>
    private static bool Within(EventTraits told, EventTraits other)
    {
        foreach (var p in told.People)
            if (Array.BinarySearch(other.People, p) < 0 && Array.BinarySearch(other.Main, p) < 0) return false;
        return true;
    }
}
