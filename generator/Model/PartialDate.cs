using System.Globalization;

namespace BriefingSite.Model;

/// <summary>A date known to the precision the text gives: a year, a month or a day. Never invents the missing parts.</summary>
public readonly record struct PartialDate(int Year, int Month, int Day) : IComparable<PartialDate>
{
    /// <summary>The months' names in English, January first: the one list every reader of dates and names uses.</summary>
    public static readonly IReadOnlyList<string> MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The weekdays' names in English, Monday first.</summary>
    public static readonly IReadOnlyList<string> WeekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public DatePrecision Precision => Day > 0 ? DatePrecision.Day : Month > 0 ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate OfYear(int year) => new(year, 0, 0);
    public static PartialDate OfMonth(int year, int month) => new(year, month, 0);
    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day);
    public static PartialDate FromDateOnly(DateOnly d) => new(d.Year, d.Month, d.Day);

    public bool IsValid =>
        Year is >= 1 and <= 9999 && Month is >= 0 and <= 12 && Day >= 0 &&
        (Day == 0 || (Month > 0 && Day <= DateTime.DaysInMonth(Year, Month)));

    public DateOnly? ToDateOnly() => Precision == DatePrecision.Day ? new DateOnly(Year, Month, Day) : null;

    /// <summary>ISO form at the known precision: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Human form at the known precision: "13 February 2025", "February 2015", "2014".</summary>
    public string ToDisplay() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Day} {MonthNames[Month - 1]} {Year}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[Month - 1]} {Year}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    public string MonthName => Month > 0 ? MonthNames[Month - 1] : "";

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = Month.CompareTo(other.Month);
        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    /// <summary>The whole period of this date ends before <paramref name="other"/>'s begins ("January 2025" before "3 June 2026"; not "June 2026"), at the precision of both.</summary>
    public bool WhollyBefore(PartialDate other) =>
        Year < other.Year || Year == other.Year && Month > 0 && other.Month > 0
            && (Month < other.Month || Month == other.Month && Day > 0 && other.Day > 0 && Day < other.Day);

    /// <summary>The whole period of this date begins after <paramref name="other"/>'s ends, at the precision of both.</summary>
    public bool WhollyAfter(PartialDate other) => other.WhollyBefore(this);

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by a time, which is dropped). Returns null when the text is no such date or names an impossible day.</summary>
    public static PartialDate? TryParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.Trim();
        var t = s.IndexOfAny(['T', ' ']);
        if (t == 10) s = s[..10];
        var parts = s.Split('-');
        if (parts.Length is < 1 or > 3) return null;
        int[] lens = [4, 2, 2];
        var nums = new int[3];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length != lens[i] || !parts[i].All(char.IsAsciiDigit)) return null;
            nums[i] = int.Parse(parts[i], CultureInfo.InvariantCulture);
        }
        if (parts.Length >= 2 && nums[1] == 0) return null;
        if (parts.Length == 3 && nums[2] == 0) return null;
        var d = new PartialDate(nums[0], nums[1], nums[2]);
        return d.IsValid ? d : null;
    }
}
