using BriefingSite.Model;

namespace BriefingSite.Extraction.Dates;

/// <summary>
/// The calendar sums <see cref="DateExpressionParser"/> resolves relative expressions with: a day or month named without
/// its year, a weekday, "the 14th", "last week", "next month", a number of days from an anchor. Each gives the precision
/// the words allow (a week is given as its month, or its year when it straddles two) and null without an anchor.
/// </summary>
public static class CalendarArithmetic
{
    /// <summary>The day <paramref name="days"/> days from <paramref name="anchor"/> ("yesterday", "three days ago").</summary>
    public static PartialDate? Shift(DateOnly? anchor, int days) =>
        anchor is { } a ? PartialDate.FromDateOnly(a.AddDays(days)) : null;

    /// <summary>
    /// "March 3" with no year: for a future clause the year that puts it on or after the article date (a week's slack),
    /// when that is within half a year ("Jan. 10" in December is next January); otherwise the article's year unless that is
    /// more than half a year ahead ("Dec. 20" in January is last December, "24 June" in a press release of 17 June is next
    /// week). A day further ahead than half a year is named with its year: in a future clause a day some weeks back is a
    /// past one ("the truce agreed on August 21 has to be restored", said in October).
    /// </summary>
    public static PartialDate? DayWithoutYear(int month, int day, PartialDate? articleDate, bool future)
    {
        if (articleDate is not { } a) return null;
        var year = a.Year;
        if (a.Month > 0)
        {
            var here = a.Month * 31 + Math.Max(a.Day, 1);
            var there = month * 31 + day;
            if (future && there < here - 7 && there + 12 * 31 - here <= 183) year++;
            else if (!future && there - here > 183) year--;
        }
        var d = PartialDate.OfDay(year, month, day);
        return d.IsValid ? d : null;
    }

    /// <summary>"in July", "last March", "next May": the month nearest the article in the direction the words and the clause's tense give.</summary>
    public static PartialDate? MonthWithoutYear(int month, string pre, PartialDate? articleDate, bool future)
    {
        if (articleDate is not { Month: > 0 } a) return null;
        var year = a.Year;
        var forward = pre == "next" || (future && pre != "last");
        if (pre == "last" && month >= a.Month) year--;
        else if (pre == "next" && month <= a.Month) year++;
        else if (!forward && month > a.Month) year--;
        else if (forward && month < a.Month) year++;
        return PartialDate.OfMonth(year, month);
    }

    /// <summary>
    /// "on the 14th": that day of the article's month, or of the month before or after it: with a weekday the one of those
    /// that falls on it, nearest the article; otherwise the next one for a future clause, the last one for a past clause.
    /// </summary>
    public static PartialDate? OrdinalDate(DateOnly? anchor, int day, DayOfWeek? weekday, bool future)
    {
        if (anchor is not { } a || day is < 1 or > 31) return null;
        var candidates = new List<DateOnly>();
        for (var step = -1; step <= 1; step++)
        {
            var month = new DateOnly(a.Year, a.Month, 1).AddMonths(step);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month)) candidates.Add(new DateOnly(month.Year, month.Month, day));
        }
        if (weekday is { } wd)
            return candidates.Where(c => c.DayOfWeek == wd).OrderBy(c => Math.Abs(c.DayNumber - a.DayNumber)).Select(PartialDate.FromDateOnly).Cast<PartialDate?>().FirstOrDefault();
        var pick = future ? candidates.Where(c => c >= a).Cast<DateOnly?>().FirstOrDefault() : candidates.Where(c => c <= a).Cast<DateOnly?>().LastOrDefault();
        return pick is { } p ? PartialDate.FromDateOnly(p) : null;
    }

    /// <summary>
    /// A weekday told from <paramref name="anchor"/>: "on Thursday" the nearest one in the clause's direction (the anchor's
    /// own weekday counts), "next Thursday" never the anchor's day. "last Thursday" is never the anchor's day nor the day
    /// before it: that day is "yesterday" or "on Thursday", so "last Thursday" written on a Friday is the Thursday of the
    /// week before ("the amendment was signed last Thursday" in a Friday's paper, eight days earlier).
    /// </summary>
    public static PartialDate? WeekdayDate(DateOnly? anchor, DayOfWeek day, string pre, bool future)
    {
        if (anchor is not { } a) return null;
        var back = ((int)a.DayOfWeek - (int)day + 7) % 7;
        var ahead = ((int)day - (int)a.DayOfWeek + 7) % 7;
        return pre switch
        {
            "last" => PartialDate.FromDateOnly(a.AddDays(back <= 1 ? -back - 7 : -back)),
            "this past" => PartialDate.FromDateOnly(a.AddDays(back == 0 ? -7 : -back)),
            "next" or "this coming" => PartialDate.FromDateOnly(a.AddDays(ahead == 0 ? 7 : ahead)),
            _ when future => PartialDate.FromDateOnly(a.AddDays(ahead)),
            _ => PartialDate.FromDateOnly(a.AddDays(-back)),
        };
    }

    public static PartialDate? WeekOf(PartialDate? day)
    {
        if (day?.ToDateOnly() is not { } d) return null;
        var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        var sunday = monday.AddDays(6);
        if (monday.Month == sunday.Month) return PartialDate.OfMonth(monday.Year, monday.Month);
        return monday.Year == sunday.Year ? PartialDate.OfYear(monday.Year) : null;
    }

    /// <summary>
    /// "last week", "next month", "this year". A week is a span of days a PartialDate cannot hold, so it is given
    /// as the month it falls in, or only the year when it straddles two months: never a made-up day. "This week" told of as
    /// past is the part of it before the article ("This week saw a referendum", written on Monday 28 January: January, not a
    /// week into February); told of as to come, the part after it.
    /// </summary>
    public static PartialDate? Period(PartialDate? articleDate, string which, string unit, bool future = false)
    {
        if (articleDate is not { } a) return null;
        which = which.Replace(" in the", " this", StringComparison.Ordinal);
        var step = which switch { "last" => -1, "next" => 1, _ => 0 };
        switch (unit)
        {
            case "year":
                return PartialDate.OfYear(a.Year + step);
            case "month":
                if (a.Month == 0) return null;
                var m = new DateOnly(a.Year, a.Month, 1).AddMonths(step);
                return PartialDate.OfMonth(m.Year, m.Month);
            default:
                if (a.ToDateOnly() is not { } d) return null;
                var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7) + 7 * step);
                var sunday = monday.AddDays(6);
                // "later this week" is what is left of it, "earlier this week" what is past.
                // "this weekend": its Saturday and Sunday.
                if (unit == "weekend") monday = monday.AddDays(5);
                if (which == "later this" || which == "this" && unit == "week" && future) monday = d;
                else if (which == "earlier this" || which == "this" && unit == "week") sunday = d;
                if (monday.Month == sunday.Month) return PartialDate.OfMonth(monday.Year, monday.Month);
                return monday.Year == sunday.Year ? PartialDate.OfYear(monday.Year) : null;
        }
    }
}
