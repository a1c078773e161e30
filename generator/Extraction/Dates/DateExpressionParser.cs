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
    private const string Mon = @"(?<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?";
    // Not "2026/27": a financial year is a span, not the year it starts in.
    private const string Year = @"(?<year>(?:19|20)\d\d)(?![\d/-]|s\b)";
    /// <summary>A year of a full date, which may be an old one ("on 30 April 1859"): with a day and a month it is no quantity.</summary>
    private const string DatedYear = @"(?<year>1[5-9]\d\d|20\d\d)(?![\d/-]|s\b)";
    private const string Weekday = @"(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string SetFor = @"(?<=\b(?:planned|scheduled|set|slated|due|expected|fixed|earmarked) )for";
    private const string Count = @"(?<n>one|two|three|four|five|six|seven|eight|nine|ten|a|an|\d{1,2})";

    // Words each pattern needs. Case-insensitive patterns get words without 's' or 'k' (whose case has more than two forms).
    private static readonly SearchValues<string> MonthStarts = SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);
    private static readonly SearchValues<string> HolidayWords = SearchValues.Create(["Christmas", "New Year"], StringComparison.Ordinal);
    private static readonly SearchValues<string> DayWords = SearchValues.Create(["day", "night", "morrow", "morning", "afternoon", "evening"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> PeriodWords = SearchValues.Create(["wee", "month", "year"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AgoWords = SearchValues.Create(["ago"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> OffsetWords = SearchValues.Create(["after", "before", "earlier", "later"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> FollowingWords = SearchValues.Create(["following", "next", "previous"], StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<m>[01]\d)-(?<day>[0-3]\d)\b")]
    private static partial Regex Iso();
    // "on 14 and 15 September", "May 20 and 21", "3-4 July 2025": an event of two days or more is dated by its month, never by a made-up single day.
    [GeneratedRegex(@"\b(?:[0-3]?\d(?:st|nd|rd|th)?(?:\s*[–-]\s*|\s+and\s+|\s+to\s+)[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + Mon + "|" + Mon + @"\s+[0-3]?\d(?:st|nd|rd|th)?(?:\s*[–-]\s*|\s+and\s+|\s+to\s+)[0-3]?\d(?:st|nd|rd|th)?\b)(?:,?\s+" + Year + ")?")]
    private static partial Regex DayRange();
    // "will meet in Suva on the 14th", "most recently on Friday the 4th": a day of the month named by its ordinal alone.
    [GeneratedRegex(@"\b(?:(?:on|by|until|from|since)\s+(?:" + Weekday + @"\s+)?|" + Weekday + @"\s+)the\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\b|century|anniversary|time|day|floor|round|minute|place|amendment|edition|birthday|hole|inning|straight|consecutive|annual|year|week|month|[A-Z]))")]
    private static partial Regex OrdinalDay();
    // "agreements with Egypt (2003) and Israel (2010)": a year in brackets after what it dates.
    [GeneratedRegex(@"\(" + Year + @"\)")]
    private static partial Regex BracketYear();
    [GeneratedRegex(@"\b[Tt]he same (?:day|morning|afternoon|evening)\b(?! as\b)")]
    private static partial Regex SameDay();
    [GeneratedRegex(@"\b" + Mon + @"\s+" + Day + @",?\s+" + DatedYear)]
    private static partial Regex MonthDayYear();
    [GeneratedRegex(@"\b" + Day + @"\s+(?:of\s+)?" + Mon + @",?\s+" + DatedYear)]
    private static partial Regex DayMonthYear();
    [GeneratedRegex(@"\b" + Mon + @",?\s+(?:of\s+)?" + Year)]
    private static partial Regex MonthYear();
    [GeneratedRegex(@"\b" + Mon + @"\s+" + Day + @"\b(?!\s*,?\s*\d)")]
    private static partial Regex MonthDay();
    [GeneratedRegex(@"\b" + Day + @"(?:\s*[–-]\s*[0-3]?\d)?\s+(?:of\s+)?" + Mon)]
    private static partial Regex DayMonth();
    [GeneratedRegex(@"\b(?<hol>Christmas Day|Christmas Eve|New Year’s Day|New Year's Day|New Year’s Eve|New Year's Eve)(?:,?\s+" + Year + ")?")]
    private static partial Regex Holiday();
    // "planned for July", "scheduled for mid-March": the month an event is set for (not "a vote for May").
    [GeneratedRegex(@"\b(?<pre>in|since|until|by|during|from|of|" + SetFor + @"|early|late|mid-|last|next|this|earlier this|later this|In|Since|Until|By|During|From|Early|Late|Last|Next|This)\s+(?:(?:early|late|mid-)\s*)?" + Mon)]
    private static partial Regex PrepositionMonth();
    // "But remember 2019, when the talks ...": a year that a clause of "when" tells of is a date (not "will be like 1983, when").
    [GeneratedRegex(@"\b(?:in|since|until|by|during|from|of|" + SetFor + @"|early|late|mid-|before|after|around|the|The|its|a|between|In|Since|Until|By|During|From|Early|Late|Before|After|Around|Between)\s+" + Year + @"|\b" + Year + @"(?:'s|’s)|(?<!\blike )\b" + Year + @"(?=, when\b)"
        // "the Court's 2002 judgment", "the upcoming 2020 race": a year between a possessive or a determiner's adjective and a
        // singular noun (not "the company's 2000 workers", "a further 2000 troops": a number).
        + @"|(?<=\w(?:'s|’s|s'|s’) |\b(?:the|its|their|his|her|a|an) (?!(?:further|additional|extra|estimated|remaining|total|mere|other|some|about|around|nearly|almost)\b)[a-z]{3,} )" + Year + @"(?= [a-z]{2,}[a-rt-z]\b)")]
    private static partial Regex PrepositionYear();
    [GeneratedRegex(@"\b(?:(?<pre>on|last|this|next|since|until|by|from|early|late|this past|this coming)\s+)?" + Weekday + @"(?:'s|’s)?")]
    private static partial Regex WeekdayName();
    [GeneratedRegex(@"\b(?<word>yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayWord();
    [GeneratedRegex(@"\b(?<which>last|next|this|earlier this|later this|earlier in the|later in the)\s+(?<unit>weekend|week|month|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePeriod();

    /// <summary>"a vote is expected before the end of the year", "by year's end": the article's year.</summary>
    [GeneratedRegex(@"\b(?:before|by) (?:the )?end of (?:the|this) year\b|\bby (?:the )?year[’']s end\b")]
    private static partial Regex EndOfYear();
    [GeneratedRegex(@"\b(?:(?:later|earlier) )?(?:that|the same) year\b")]
    private static partial Regex ThatYear();
    /// <summary>"That August", "in August that year", "in late August of the same year": a month of the year the text last told of.</summary>
    [GeneratedRegex(@"\b(?:[Tt]hat|[Tt]he same) (?:same )?(?:(?:early|late|mid-)\s*)?" + Mon + @"|\b(?:in|In|during|During|early|late|Early|Late) (?:(?:early|late|mid-)\s*)?" + Mon + @",? (?:of )?(?:that|the same) (?:same )?year\b")]
    private static partial Regex ThatMonth();
    /// <summary>
    /// "The following year", "a year later": the year after the one the text last told of (not "a year later, in January
    /// 2025", where the date said after it is the one to take).
    /// </summary>
    [GeneratedRegex(@"\b(?:[Tt]he (?:following|next) year|[Aa] year later)\b(?!,? (?:in|on|during) [A-Z0-9])")]
    private static partial Regex FollowingYear();
    /// <summary>"in May of the following year", "in early June the next year": a month of the year after the one the text last told of.</summary>
    [GeneratedRegex(@"\b(?:in|In|during|During|by|By) (?:(?:early|late|mid-)\s*)?" + Mon + @",? (?:of )?the (?:following|next) year\b")]
    private static partial Regex FollowingYearMonth();
    [GeneratedRegex(@"\b(?<pre>[Tt]he|[Aa]|[Tt]his|[Ll]ast|[Nn]ext)\s+" + Mon + @"(?=\s+[a-z]{3,})")]
    private static partial Regex MonthAsModifier();
    /// <summary>"July's G8 summit": a month named in full, as a possessive (not "May's", a surname as often as a month).</summary>
    [GeneratedRegex(@"\b(?<mon>January|February|March|April|June|July|August|September|October|November|December)(?:'s|’s)(?=\s+[A-Za-z])")]
    private static partial Regex MonthPossessive();
    [GeneratedRegex(@"\b" + Count + @"\s+(?<unit>day|week)s?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();
    [GeneratedRegex(@"\b(?:(?:" + Count + @"\s+(?<unit>day|week)s?)|(?<the>the\s+(?:day|week)))\s+(?<dir>after|before|earlier|later)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventOffset();
    [GeneratedRegex(@"\b[Tt]he (?<dir>following|next|previous) (?<unit>day|morning|evening|week)\b")]
    private static partial Regex FollowingDay();
    /// <summary>"recognised it only in 1991, ten years after its independence": the year of what follows, counted from the date before.</summary>
    [GeneratedRegex(@"^,\s*" + Count + @"\s+years?\s+(?<dir>after|before)\b")]
    private static partial Regex YearsFrom();
    /// <summary>"the 9/11 attacks", "the 7/7 bombings": a day written in figures as the name of an attack.</summary>
    [GeneratedRegex(@"(?<![\d/])(?<a>[1-3]?\d)/(?<b>[1-3]?\d)(?![\d/])(?=\s+(?:attacks?|bombings?)\b)")]
    private static partial Regex DayAsName();
    [GeneratedRegex(@"(?<![\d/])(?:19|20)\d\d(?![\d/])")]
    private static partial Regex AnyYear();

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
        foreach (Match m in All(MonthDayYear(), digit && monthWord))
            Add(m, PartialDate.OfDay(Int(m, "year"), MonthOf(m), Int(m, "day")), DateReference.Absolute);
        foreach (Match m in All(DayMonthYear(), digit && monthWord))
            Add(m, PartialDate.OfDay(Int(m, "year"), MonthOf(m), Int(m, "day")), DateReference.Absolute);
        foreach (Match m in All(MonthYear(), digit && monthWord))
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
        foreach (Match m in All(PrepositionYear(), digit))
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
        foreach (Match m in All(BracketYear(), digit && text.Contains('(')))
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
