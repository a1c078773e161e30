using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Dates;

/// <summary>The patterns <see cref="DateExpressionParser"/> finds dates with, and the words each needs.</summary>
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
    /// <summary>The digits of <see cref="Year"/>, which every pattern with one needs.</summary>
    [GeneratedRegex(@"(?:19|20)\d\d")]
    private static partial Regex YearDigits();
    /// <summary>The digits of <see cref="DatedYear"/>.</summary>
    [GeneratedRegex(@"1[5-9]\d\d|20\d\d")]
    private static partial Regex DatedYearDigits();
}
