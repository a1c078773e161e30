using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction;

public class DateExpressionParserTests
{
    private static readonly PartialDate Thursday = PartialDate.OfDay(2025, 2, 13);

    private static string? Resolve(string text, PartialDate? articleDate, bool future = false) =>
        DateExpressionParser.Find(text, articleDate, future).SingleOrDefault()?.Date?.ToString();

    [Theory]
    [InlineData("It was signed on June 10, 2025.", "2025-06-10")]
    [InlineData("It was signed on 10 June 2025.", "2025-06-10")]
    [InlineData("It began in Feb. 2022.", "2022-02")]
    [InlineData("a ceasefire in Sept. 2014", "2014-09")]
    [InlineData("It happened in 2014.", "2014")]
    [InlineData("agreed in February 2015", "2015-02")]
    [InlineData("on 2024-03-05 the board met", "2024-03-05")]
    [InlineData("the 2022 invasion", "2022")]
    public void Absolute_dates_keep_the_precision_the_text_gives(string text, string expected) =>
        Resolve(text, null).ShouldBe(expected);

    [Theory]
    [InlineData("In 2007, the government levied sanctions against him.", null, "2007")]
    [InlineData("Since 2014, the two navies have held drills.", null, "2014")]
    [InlineData("In May, the navies are to hold an exercise.", "2026-03-12", "2026-05")]
    [InlineData("During March, talks resumed.", "2026-03-12", "2026-03")]
    public void A_date_opening_a_sentence_is_found_like_one_inside_it(string text, string? article, string expected) =>
        Resolve(text, PartialDate.TryParseIso(article), future: text.Contains("are to", StringComparison.Ordinal)).ShouldBe(expected);

    [Theory]
    [InlineData("The ministers met on Thursday.", "2025-02-13")]   // the article's own weekday counts
    [InlineData("They met Monday.", "2025-02-10")]
    [InlineData("Wednesday's meeting ended late.", "2025-02-12")]
    [InlineData("Officials said so yesterday.", "2025-02-12")]
    [InlineData("It ends today.", "2025-02-13")]
    [InlineData("The talks collapsed three days ago.", "2025-02-10")]
    [InlineData("They spoke last Thursday.", "2025-02-06")]
    public void Past_weekdays_and_day_words_resolve_against_the_article_date(string text, string expected) =>
        Resolve(text, Thursday).ShouldBe(expected);

    [Theory]
    [InlineData("The council will meet on Monday.", "2025-02-17")]
    [InlineData("They will meet Thursday.", "2025-02-13")]
    [InlineData("It will be held next Thursday.", "2025-02-20")]
    public void Future_weekdays_resolve_forward(string text, string expected) =>
        Resolve(text, Thursday, future: true).ShouldBe(expected);

    [Fact]
    public void A_decade_is_no_year() => DateExpressionParser.Find("She spent the 1990s in Nairobi.", Thursday, future: false).ShouldBeEmpty();

    [Theory]
    [InlineData("The deal was signed last Wednesday.", "2025-02-05")]   // written on a Thursday: not yesterday, a week before
    [InlineData("The deal was signed last Tuesday.", "2025-02-11")]
    [InlineData("The deal was signed this past Wednesday.", "2025-02-12")]
    public void Last_weekday_is_never_the_day_before_the_article(string text, string expected) =>
        Resolve(text, Thursday).ShouldBe(expected);

    [Theory]
    [InlineData("The summit will open on Jan. 10.", "2025-12-20", "2026-01-10")]            // three weeks ahead: next year
    [InlineData("The truce agreed on July 3 must be restored.", "2025-10-08", "2025-07-03")] // not ten months ahead: this year's
    public void A_future_clause_takes_next_year_only_for_a_day_within_half_a_year(string text, string article, string expected) =>
        Resolve(text, PartialDate.TryParseIso(article), future: true).ShouldBe(expected);

    [Fact]
    public void Next_month_is_month_precision() => Resolve("The summit is next month.", Thursday).ShouldBe("2025-03");

    [Fact]
    public void Last_week_is_given_as_its_month_never_as_a_made_up_day() =>
        Resolve("They met last week.", Thursday).ShouldBe("2025-02");   // 3-9 February 2025

    [Fact]
    public void A_week_straddling_two_months_keeps_only_the_year() =>
        Resolve("They met last week.", PartialDate.OfDay(2025, 3, 5)).ShouldBe("2025");   // 24 Feb - 2 Mar

    [Theory]
    [InlineData("the summit in The Hague on 24–25 June", "2025-06")]   // a range is dated by its month (no made-up single day), in the coming week
    [InlineData("when the cable was damaged on Christmas Day 2024", "2024-12-25")]
    [InlineData("the ministers last met in Tallinn on 12 May", "2025-05-12")]
    public void Days_without_a_stated_tense_are_placed_near_the_article_date(string text, string expected) =>
        Resolve(text, PartialDate.OfDay(2025, 6, 17)).ShouldBe(expected);

    [Fact]
    public void Later_this_week_is_only_the_rest_of_the_week() =>
        Resolve("They will meet later this week.", PartialDate.OfDay(2025, 4, 1), future: true).ShouldBe("2025-04");   // 1-6 April, not 31 March

    [Fact]
    public void Month_and_day_without_year_takes_the_article_year_or_the_one_before_for_the_past() =>
        Resolve("It was signed on Dec. 20.", PartialDate.OfDay(2025, 1, 5)).ShouldBe("2024-12-20");

    [Theory]
    [InlineData("The ministers met on Thursday.")]
    [InlineData("Officials said so yesterday.")]
    [InlineData("The summit is next month.")]
    [InlineData("They met last week.")]
    [InlineData("It was signed on Dec. 20.")]
    public void Relative_dates_in_an_undated_article_stay_unresolved(string text)
    {
        var found = DateExpressionParser.Find(text, null, future: false).Single();
        found.Date.ShouldBeNull();
    }

    [Fact]
    public void One_day_after_is_relative_to_another_event()
    {
        var found = DateExpressionParser.Find("The meeting comes one day after Caine hosted counterparts.", Thursday, false).Single();
        found.Reference.ShouldBe(DateReference.EventRelative);
        found.OffsetDays.ShouldBe(1);
        found.Date.ShouldBeNull();
    }

    [Fact]
    public void May_the_verb_is_no_month() =>
        DateExpressionParser.Find("The U.S. may provide air support.", Thursday, false).ShouldBeEmpty();

    [Theory]
    [InlineData("Treaties with Peru (1998) were cited.", "1998")]
    [InlineData("the Lisbon accord (2007) set the rules", "2007")]
    public void A_year_in_brackets_is_a_date(string text, string expected) => Resolve(text, null).ShouldBe(expected);

    [Fact]
    public void A_bracketed_number_that_is_no_year_is_no_date() => Resolve("Article (12) of the code", null).ShouldBeNull();

    [Theory]
    [InlineData("She was received by the king on the morning of the same day.")]
    [InlineData("The same evening, the envoys dined together.")]
    public void The_same_day_points_back_at_the_event_last_spoken_of(string text)
    {
        var found = DateExpressionParser.Find(text, Thursday, future: false).Single();
        (found.Reference, found.OffsetDays, found.Date).ShouldBe((BriefingSite.Extraction.Dates.DateReference.EventRelative, 0, (PartialDate?)null));
    }

    [Fact]
    public void A_weekday_before_a_full_date_takes_that_date_not_the_nearest_such_weekday() =>
        Resolve("The envoy will arrive on Friday, 12 March 2027.", PartialDate.OfDay(2027, 3, 2), future: true).ShouldBe("2027-03-12");

    /// <summary>Without the comma too: "on Monday 29 March" written on Tuesday 16 March is the 29th, not the coming Monday (the 22nd).</summary>
    [Fact]
    public void A_weekday_right_before_a_day_and_month_without_a_comma_takes_that_day() =>
        Resolve("A customs panel will meet in Orlen on Monday 29 March to agree checks.", PartialDate.OfDay(2027, 3, 16), future: true).ShouldBe("2027-03-29");

    [Theory]
    [InlineData("Talks were held in Riga on 14 and 15 September.", "2026-09")]
    [InlineData("The summit runs from 3-4 July 2025 in Vilnius.", "2025-07")]
    [InlineData("Delegates met on March 2 to 4.", "2026-03")]
    [InlineData("The forum of November 18–19, 2024 ended late.", "2024-11")]
    public void An_event_of_several_days_is_dated_by_its_month_not_its_first_day(string text, string expected) =>
        Resolve(text, PartialDate.OfDay(2026, 9, 25)).ShouldBe(expected);

    [Fact]
    public void A_day_without_a_year_after_a_date_with_one_takes_that_year() =>
        DateExpressionParser.Find("The treaty was signed in March 2011 and ratified on 2 June.", PartialDate.OfDay(2026, 9, 25), future: false)
            .Select(d => d.Date?.ToString()).ShouldBe(["2011-03", "2011-06-02"]);

    [Theory]
    [InlineData("The ministers will meet in Tallinn on the 14th.", "2026-09-07", true, "2026-09-14")]
    [InlineData("The ministers will meet in Tallinn on the 3rd.", "2026-09-07", true, "2026-10-03")]
    [InlineData("The ministers met in Tallinn on the 21st.", "2026-09-07", false, "2026-08-21")]
    [InlineData("We last spoke on Friday the 4th.", "2026-09-14", false, "2026-09-04")]
    [InlineData("It was the 14th century.", "2026-09-07", false, null)]
    [InlineData("It was the 4th time.", "2026-09-07", false, null)]
    public void A_day_named_by_its_ordinal_alone_is_of_the_article_month_or_the_one_next_to_it(string text, string article, bool future, string? expected) =>
        Resolve(text, PartialDate.TryParseIso(article), future).ShouldBe(expected);

    [Theory]
    [InlineData("The deal can be signed during the visit, June 3-5.", "2026-05-15", "2026-06")]
    [InlineData("The fair was held on 10-12 March.", "2026-05-15", "2026-03")]
    [InlineData("The summit took place December 3-4.", "2026-01-20", "2025-12")]
    public void A_range_without_its_year_is_placed_like_its_first_day(string text, string article, string expected) =>
        Resolve(text, PartialDate.TryParseIso(article)).ShouldBe(expected);

    [Theory]
    [InlineData("The ministers will prepare July's summit in Oslo.", true, "2025-07")]
    [InlineData("October's floods were the worst in a decade.", false, "2024-10")]
    [InlineData("Theresa May's cabinet met.", false, null)]
    public void A_month_named_as_a_possessive_is_the_nearest_such_month(string text, bool future, string? expected) =>
        Resolve(text, Thursday, future).ShouldBe(expected);

    [Theory]
    [InlineData("Recall 2019, when the envoy brokered a truce in Lusaka in July.", false, "2019|2019-07")]
    [InlineData("In 2021 the two parties split, and in May they merged again.", false, "2021|2021-05")]
    [InlineData("Talks have run since 2019 and resumed in July.", false, "2019|2025-07")]      // where a span starts is not when July was
    [InlineData("The charter adopted in 2019 will be reviewed in July.", true, "2019|2026-07")] // told as to come: the next July
    public void A_month_without_a_year_told_as_past_after_a_year_is_that_years_month(string text, bool future, string expected) =>
        string.Join("|", DateExpressionParser.Find(text, PartialDate.OfDay(2026, 3, 10), future).Select(d => d.Date?.ToString())).ShouldBe(expected);

    /// <summary>
    /// "In 2018 in the region, floods were declared in Norland first on February 6, and in Sudria on October 22": a day
    /// without a year in a sentence that opens with the year it tells of is of that year, even when it falls after the
    /// article's day in its own year. A year told elsewhere in the sentence does not (a treaty "signed in 2015").
    /// </summary>
    [Theory]
    [InlineData("In 2018 in the region, floods were declared in Norland first on February 6, and in Sudria on October 22.", "2018|2018-02-06|2018-10-22")]
    [InlineData("During 2018, the envoy visited Sudria on March 14.", "2018|2018-03-14")]
    [InlineData("The treaty, signed in 2015, was denounced on February 6.", "2015|2019-02-06")]
    public void A_day_without_a_year_in_a_sentence_opening_with_a_year_is_of_that_year(string text, string expected) =>
        string.Join("|", DateExpressionParser.Find(text, PartialDate.OfDay(2019, 1, 1), future: false).Select(d => d.Date?.ToString())).ShouldBe(expected);

    /// <summary>
    /// "This week" told of as past is the part of the week before the article, told of as to come the part after it: a
    /// week straddling two months is then often in one ("This week saw a vote", written on Wednesday 30 April: April).
    /// </summary>
    [Theory]
    [InlineData("This week saw a referendum in the region.", "2025-04-30", false, "2025-04")]
    [InlineData("The envoys will meet again this week.", "2025-05-01", true, "2025-05")]
    [InlineData("The envoys met earlier this week.", "2025-05-01", false, "2025")]
    public void This_week_is_the_part_of_it_on_the_side_of_the_article_its_tense_gives(string text, string article, bool future, string expected) =>
        Resolve(text, PartialDate.TryParseIso(article), future).ShouldBe(expected);

    /// <summary>A weekday that is a day's name ("Super Tuesday", "Bloody Sunday") or any such day ("a Tuesday") is no nearest weekday.</summary>
    [Theory]
    [InlineData("Tomorrow, a Tuesday, is known as Super Tuesday.", "2020-03-03")]
    [InlineData("The march recalled Bloody Sunday.", "")]
    [InlineData("The council meets every Friday and met on Friday.", "2020-02-28")]
    public void A_weekday_named_or_told_as_any_such_day_is_no_date(string text, string expected) =>
        string.Join("|", DateExpressionParser.Find(text, PartialDate.OfDay(2020, 3, 2), future: false).Select(d => d.Date?.ToString())).ShouldBe(expected);
}
