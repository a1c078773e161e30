using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them at the precision the text gives. Relative expressions
/// ("on Thursday", "yesterday", "next month") are resolved against the article's date; without one they stay null.
/// Weekdays: past tense → the latest such day on or before the article date (the article's own weekday counts),
/// future tense → the first on or after it.
/// </summary>
public static partial class DateExpressionParser
{
    /// <summary>Every date expression in <paramref name="text"/>, left to right, never overlapping.</summary>
    public static IReadOnlyList<DateExpression> Find(string text, PartialDate? articleDate, bool future) => Find(text, articleDate, future, [], null);

    /// <summary>
    /// The expressions read as in a past clause, then as in a future one: the text is searched once for both.
    /// <paramref name="yearBefore"/> is the year the text before this sentence last told of ("In April 1989 ... That August").
    /// </summary>
    public static (IReadOnlyList<DateExpression> Past, IReadOnlyList<DateExpression> Future) FindBoth(string text, PartialDate? articleDate, int? yearBefore = null)
    {
        var matches = new Dictionary<Regex, MatchCollection>();
        return (Find(text, articleDate, future: false, matches, yearBefore), Find(text, articleDate, future: true, matches, yearBefore));
    }

    /// <summary>
    /// The year a sentence leaves the text at for the sentences after it: the last year it gives on the calendar, or none
    /// once it tells of a day counted from the article's ("on Tuesday", "yesterday"); otherwise <paramref name="yearBefore"/>.
    /// </summary>
    public static int? YearAfter(IReadOnlyList<DateExpression> found, int? yearBefore) =>
        found.LastOrDefault(f => f.Reference == DateReference.ArticleRelative || f.Reference == DateReference.Absolute && f.Date is not null && !CountedFrom(f)) is { } last
            ? last.Reference == DateReference.Absolute ? last.Date!.Value.Year : null
            : yearBefore;

    /// <summary>"ten years after": a year counted from the date before it, of another event than the one the text is at.</summary>
    private static bool CountedFrom(DateExpression f) => f.Text.EndsWith("after", StringComparison.Ordinal) || f.Text.EndsWith("before", StringComparison.Ordinal);

    /// <summary><paramref name="matches"/> keeps each pattern's matches in the text, so a second reading does not search again.</summary>
    private static IReadOnlyList<DateExpression> Find(string text, PartialDate? articleDate, bool future, Dictionary<Regex, MatchCollection> matches, int? yearBefore)
    {
        // Most sentences have no date: a pattern is only searched for when the text holds a word it cannot match without.
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var monthWord = text.AsSpan().IndexOfAny(MonthStarts) >= 0;
        // A pattern with a year (Year, DatedYear) needs its four digits: most sentences with figures have none.
        var hasYear = digit && YearDigits().IsMatch(text);
        var hasDatedYear = hasYear || digit && DatedYearDigits().IsMatch(text);
        IEnumerable<Match> All(Regex pattern, bool possible) =>
            !possible ? [] : matches.TryGetValue(pattern, out var seen) ? seen : matches[pattern] = pattern.Matches(text);
        bool Has(SearchValues<string> words) => text.AsSpan().IndexOfAny(words) >= 0;
        var found = new List<DateExpression>();
        void Add(Match m, PartialDate? date, DateReference reference, int offset = 0)
        {
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length)) return;
            if (date is { IsValid: false }) return;
            found.Add(new DateExpression(m.Index, m.Length, m.Value, date, reference, offset));
        }
        var anchor = articleDate?.ToDateOnly();

        // "during the visit to Ulaanbaatar, June 3-5" in an article of 15 May: a range without its year is placed as its first day would be.
        foreach (Match m in All(DayRange(), digit && monthWord))
        {
            var firstDay = int.Parse(FirstNumber().Match(m.Value).Value, CultureInfo.InvariantCulture);
            // "in the night of 2 to 3 May": a night is named by the evening it begins on, one day, not a span of two.
            if (NightDates.After(text, m.Index) && firstDay is >= 1 and <= 31)
            {
                var night = m.Groups["year"].Success ? PartialDate.OfDay(Int(m, "year"), MonthOf(m), firstDay)
                    : CalendarArithmetic.DayWithoutYear(MonthOf(m), firstDay, articleDate, future);
                Add(m, night, m.Groups["year"].Success ? DateReference.Absolute : DateReference.ArticleRelative);
                continue;
            }
            Add(m, m.Groups["year"].Success ? PartialDate.OfMonth(Int(m, "year"), MonthOf(m))
                    : CalendarArithmetic.DayWithoutYear(MonthOf(m), Math.Clamp(firstDay, 1, 28), articleDate, future) is { } first
                        ? PartialDate.OfMonth(first.Year, first.Month) : null,
                m.Groups["year"].Success ? DateReference.Absolute : DateReference.ArticleRelative);
        }
        foreach (Match m in All(Iso(), digit))
            Add(m, PartialDate.OfDay(Int(m, "year"), Int(m, "m"), Int(m, "day")), DateReference.Absolute);
        foreach (Match m in All(MonthDayYear(), hasDatedYear && monthWord))
            Add(m, PartialDate.OfDay(Int(m, "year"), MonthOf(m), Int(m, "day")), DateReference.Absolute);
        foreach (Match m in All(DayMonthYear(), hasDatedYear && monthWord))
            Add(m, PartialDate.OfDay(Int(m, "year"), MonthOf(m), Int(m, "day")), DateReference.Absolute);
        foreach (Match m in All(MonthYear(), hasYear && monthWord))
            Add(m, PartialDate.OfMonth(Int(m, "year"), MonthOf(m)), DateReference.Absolute);
        // "signed in November 2016 and approved by Congress on 30 November": a day without a year after a date with one is of that year.
        // So is one in a sentence that opens with the year it tells of ("In 2019, outbreaks were declared in Tonga on October 22").
        PartialDate? OfYearBefore(Match m, PartialDate? guess) =>
            guess is { } g && (found.Where(f => f.Reference == DateReference.Absolute && f.End <= m.Index && f.Date is not null).MaxBy(f => f.End)?.Date!.Value.Year
                ?? OpeningYear(text, m.Index)) is { } earlier
                && earlier != g.Year && PartialDate.OfDay(earlier, g.Month, g.Day) is { IsValid: true } same ? same : guess;
        // ... and a month without a year told as past ("in July", not "last July") after a year the sentence tells of: that year's
        // month. Not after where a span starts or ends ("since 2019", "by 2030") or a year naming a thing ("the 2018 convention").
        PartialDate? MonthOfYearBefore(Match m, PartialDate? guess) =>
            !future && guess is { } g && m.Groups["pre"].Value is "in" or "In" or "during" or "During" or "early" or "late" or "mid-" or "Early" or "Late"
                && found.Where(f => f.Reference == DateReference.Absolute && f.End <= m.Index && f.Date is not null).MaxBy(f => f.End) is { } earlier
                && Told().IsMatch(earlier.Text) && earlier.Date!.Value.Year != g.Year ? PartialDate.OfMonth(earlier.Date.Value.Year, g.Month) : guess;
        foreach (Match m in All(MonthDay(), digit && monthWord))
            if (Int(m, "day") is >= 1 and <= 31) Add(m, OfYearBefore(m, CalendarArithmetic.DayWithoutYear(MonthOf(m), Int(m, "day"), articleDate, future)), DateReference.ArticleRelative);
        foreach (Match m in All(DayMonth(), digit && monthWord))
            if (Int(m, "day") is >= 1 and <= 31) Add(m, OfYearBefore(m, CalendarArithmetic.DayWithoutYear(MonthOf(m), Int(m, "day"), articleDate, future)), DateReference.ArticleRelative);
        foreach (Match m in All(OrdinalDay(), digit && text.Contains("the ", StringComparison.Ordinal)))
            Add(m, CalendarArithmetic.OrdinalDate(anchor, Int(m, "day"), m.Groups["wd"].Success ? Enum.Parse<DayOfWeek>(m.Groups["wd"].Value) : null, future), DateReference.ArticleRelative);
        foreach (Match m in All(Holiday(), Has(HolidayWords)))
        {
            var (month, day) = m.Groups["hol"].Value switch { "Christmas Day" => (12, 25), "Christmas Eve" => (12, 24), var h when h.EndsWith("Eve", StringComparison.Ordinal) => (12, 31), _ => (1, 1) };
            Add(m, m.Groups["year"].Success ? PartialDate.OfDay(Int(m, "year"), month, day) : CalendarArithmetic.DayWithoutYear(month, day, articleDate, future),
                m.Groups["year"].Success ? DateReference.Absolute : DateReference.ArticleRelative);
        }
        // The years are found before the months without one: "in 2019, when the ceasefire was brokered in July" is July 2019.
        foreach (Match m in All(PrepositionYear(), hasYear))
            Add(m, PartialDate.OfYear(Int(m, "year")), DateReference.Absolute);
        // "the 9/11 attacks on the US of 2001": the day its figures name, of the one year the sentence gives (month first, as
        // these names are written, unless only the other order is a date: "26/11"); without a year it dates nothing.
        foreach (Match m in All(DayAsName(), digit && text.Contains('/')))
            if (AnyYear().Matches(text).Select(y => y.Value).Distinct().ToList() is [var written] && int.Parse(written, CultureInfo.InvariantCulture) is var year)
            {
                int a = Int(m, "a"), b = Int(m, "b");
                var (month, day) = a <= 12 ? (a, b) : (b, a);
                if (month is >= 1 and <= 12 && day is >= 1 and <= 31) Add(m, PartialDate.OfDay(year, month, day), DateReference.Absolute);
            }
        // "In April 1989 a quarrel turned into a crisis. That August, the two broke off relations": a month or year told as of
        // the year last spoken of is of that year (here or in the sentences before), never the article's.
        int? YearTold(int at) => found.Where(f => f.End <= at && f.Date is not null && f.Reference == DateReference.Absolute).MaxBy(f => f.End)?.Date!.Value.Year ?? yearBefore;
        foreach (Match m in All(ThatMonth(), monthWord && (text.Contains("hat ", StringComparison.Ordinal) || text.Contains("same", StringComparison.Ordinal))))
            // Not "said that May would resign": the surname, unless a comma sets the month off ("That May, ...").
            if (YearTold(m.Index) is { } told && !(m.Groups["mon"].Value == "May" && m.Value.EndsWith("May", StringComparison.Ordinal) && !text.AsSpan(m.Index + m.Length).StartsWith(",")))
                Add(m, PartialDate.OfMonth(told, MonthOf(m)), DateReference.Absolute);
        foreach (Match m in All(FollowingYearMonth(), monthWord && text.Contains("year", StringComparison.Ordinal)))
            if (YearTold(m.Index) is { } told) Add(m, PartialDate.OfMonth(told + 1, MonthOf(m)), DateReference.Absolute);
        foreach (Match m in All(FollowingYear(), text.Contains("year", StringComparison.Ordinal)))
            if (YearTold(m.Index) is { } told && !(future && m.Value.EndsWith("next year", StringComparison.Ordinal))) Add(m, PartialDate.OfYear(told + 1), DateReference.Absolute);
        foreach (Match m in All(PrepositionMonth(), monthWord))
            Add(m, MonthOfYearBefore(m, CalendarArithmetic.MonthWithoutYear(MonthOf(m), m.Groups["pre"].Value, articleDate, future)), DateReference.ArticleRelative);
        foreach (Match m in All(BracketYear(), hasYear && text.Contains('(')))
            Add(m, PartialDate.OfYear(Int(m, "year")), DateReference.Absolute);
        foreach (Match m in All(DayWord(), Has(DayWords)))
            Add(m, CalendarArithmetic.Shift(anchor, m.Groups["word"].Value.ToLowerInvariant() switch { "yesterday" or "last night" => -1, "tomorrow" => 1, _ => 0 }), DateReference.ArticleRelative);
        foreach (Match m in All(WeekdayName(), text.Contains("day", StringComparison.Ordinal)))
        {
            // "Tuesday, October 13", "on Friday, 12 March 2027", "on Monday 29 March": the weekday opens the date that follows it.
            if (found.FindIndex(f => f.Start > m.Index + m.Length && text.AsSpan(m.Index + m.Length, f.Start - m.Index - m.Length).Trim() is "," or "") is var next and >= 0
                && (!m.Groups["pre"].Success || m.Groups["pre"].Value == "on" && found[next].Date is { Precision: DatePrecision.Day }))
            {
                var day = found[next];
                found[next] = day with { Start = m.Index, Length = day.End - m.Index, Text = text[m.Index..day.End] };
                continue;
            }
            // "Super Tuesday", "Bloody Sunday", "Tomorrow, a Tuesday, is ...": a day's name or any such weekday, not the nearest one.
            if (!m.Groups["pre"].Success && NotTheNearest().IsMatch(text.AsSpan(0, m.Index))) continue;
            Add(m, CalendarArithmetic.WeekdayDate(anchor, Enum.Parse<DayOfWeek>(m.Groups["wd"].Value), m.Groups["pre"].Value, future), DateReference.ArticleRelative);
        }
        foreach (Match m in All(RelativePeriod(), Has(PeriodWords)))
            Add(m, CalendarArithmetic.Period(articleDate, m.Groups["which"].Value.ToLowerInvariant(), m.Groups["unit"].Value.ToLowerInvariant(), future), DateReference.ArticleRelative);
        foreach (Match m in All(EndOfYear(), text.Contains("end", StringComparison.Ordinal)))
            if (articleDate is { } written) Add(m, PartialDate.OfYear(written.Year), DateReference.ArticleRelative);
        foreach (Match m in All(MonthAsModifier(), monthWord))
            Add(m, CalendarArithmetic.MonthWithoutYear(MonthOf(m), m.Groups["pre"].Value.ToLowerInvariant() is "last" or "next" ? m.Groups["pre"].Value.ToLowerInvariant() : "in", articleDate, future), DateReference.ArticleRelative);
        foreach (Match m in All(MonthPossessive(), monthWord))
            Add(m, CalendarArithmetic.MonthWithoutYear(MonthOf(m), "in", articleDate, future), DateReference.ArticleRelative);
        foreach (Match m in All(ThatYear(), text.Contains("year", StringComparison.Ordinal)))
            if ((found.Where(f => f.End <= m.Index && f.Date is not null).MaxBy(f => f.End)?.Date!.Value.Year ?? yearBefore) is { } earlier)
                Add(m, PartialDate.OfYear(earlier), DateReference.Absolute);
        // "three weeks ago" names a week, not a day: like "last week", its month, or its year when it straddles two months.
        foreach (Match m in All(Ago(), Has(AgoWords)))
            Add(m, m.Groups["unit"].Value.StartsWith('w') ? CalendarArithmetic.WeekOf(CalendarArithmetic.Shift(anchor, -CountOf(m) * 7)) : CalendarArithmetic.Shift(anchor, -CountOf(m)), DateReference.ArticleRelative);
        // "in 1991, ten years after its independence": the years counted back (or on) from the date just before are the year of what follows.
        if (Has(OffsetWords) && text.Contains("year", StringComparison.Ordinal))
            foreach (var anchorDate in found.Where(f => f.Reference == DateReference.Absolute && f.Date is not null).ToList())
                if (YearsFrom().Match(text, anchorDate.End, text.Length - anchorDate.End) is { Success: true } y && y.Index == anchorDate.End)
                {
                    var span = y.Value.TrimStart(',', ' ');
                    var years = y.Groups["dir"].Value == "after" ? -CountOf(y) : CountOf(y);
                    found.Add(new DateExpression(y.Index + y.Length - span.Length, span.Length, span, PartialDate.OfYear(anchorDate.Date!.Value.Year + years), DateReference.Absolute));
                }
        foreach (Match m in All(EventOffset(), Has(OffsetWords)))
        {
            var days = (m.Groups["the"].Success ? 1 : CountOf(m)) * (m.Groups["unit"].Value.StartsWith('w') || m.Groups["the"].Value.EndsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1);
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            Add(m, null, DateReference.EventRelative, dir is "after" or "later" ? days : -days);
        }
        // "on the morning of the same day": the day of the event last spoken of.
        foreach (Match m in All(SameDay(), text.Contains("same", StringComparison.Ordinal)))
            Add(m, null, DateReference.EventRelative, 0);
        // "The following day, ministers met": a day after the event last spoken of.
        foreach (Match m in All(FollowingDay(), Has(FollowingWords)))
        {
            var days = m.Groups["unit"].Value == "week" ? 7 : 1;
            Add(m, null, DateReference.EventRelative, m.Groups["dir"].Value == "previous" ? -days : days);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Words before a weekday that make it a name ("Super Tuesday", "Black Friday") or any such day ("a Tuesday", "every Friday").</summary>
    [GeneratedRegex(@"\b(?:a|an|every|each|any|one|Super|Black|Good|Ash|Holy|Maundy|Cyber|Bloody|Easter|Whit|Shrove|Palm|Low)\s+$")]
    private static partial Regex NotTheNearest();

    /// <summary>"In 2019 in the Pacific region, ...": the year a sentence opens with, when it ends before <paramref name="before"/>.</summary>
    private static int? OpeningYear(string text, int before) =>
        OpensWithYear().Match(text) is { Success: true } y && y.Index + y.Length <= before ? int.Parse(y.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^\s*(?:In|During)\s+" + Year + @"(?=[\s,])")]
    private static partial Regex OpensWithYear();

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int CountOf(Match m) => m.Groups["n"].Value.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, var d => int.Parse(d, CultureInfo.InvariantCulture),
    };

    public static int MonthOf(Match m) => MonthNumber(m.Groups["mon"].Value);

    public static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();

    /// <summary>A year or month told as when something happened: bare, or after "in", "during" (see MonthOfYearBefore).</summary>
    [GeneratedRegex(@"^(?:(?:in|In|during|During)\s+)?(?:" + Mon + @",?\s+)?(?:19|20)\d\d$")]
    private static partial Regex Told();
}
