using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A month or year told as of the year the text last spoke of ("That August", "in March that year", "later that year",
/// "the following year") is of that year, though the year was given sentences before. A bare "in August" stays the
/// article's. Sentences written for these tests.
/// </summary>
public class YearCarryTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void That_month_after_a_year_told_in_the_sentence_before_is_of_that_year()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Old feud\n\nIn March 1994 a dispute over grazing rights between Ostravia and Keldany turned violent along the border. That October, Ostravia and Keldany broke off diplomatic relations."));
        events.ShouldContain(e => e.Title.Contains("elations") && e.Date.ToString() == "1994-10", Show(events));
    }

    [Fact]
    public void A_month_of_that_year_and_later_that_year_are_of_the_year_told_before()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Old feud\n\nThe Velmar Accord was signed in 2003 by Ostravia and Keldany.\n\n"
            + "In June that year, the two governments held talks in Brisk on fishing quotas. Later that year, the two governments signed a fisheries agreement in Brisk."));
        events.ShouldContain(e => e.Title.Contains("alks") && e.Date.ToString() == "2003-06", Show(events));
        events.ShouldContain(e => e.Title.Contains("isheries agreement") && e.Date.ToString() == "2003", Show(events));
    }

    [Fact]
    public void The_following_year_is_the_year_after_the_one_told_before()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Old feud\n\nOstravia and Keldany signed a border treaty in 2011. The following year, Keldany held a referendum on the treaty."));
        events.ShouldContain(e => e.Title == "Referendum" && e.Date.ToString() == "2012", Show(events));
    }

    [Fact]
    public void A_month_of_the_following_year_is_that_month_of_the_year_after_the_one_told_before()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Old feud\n\nOstravia and Keldany signed a border treaty in 2011. In May of the following year, Keldany held a referendum on the treaty."));
        events.ShouldContain(e => e.Title == "Referendum" && e.Date.ToString() == "2012-05", Show(events));
    }

    [Fact]
    public void A_bare_month_after_a_past_year_is_still_the_articles()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Old feud\n\nOstravia and Keldany signed a border treaty in 2011. In March, Keldany held a referendum on the fishing quotas."));
        events.ShouldContain(e => e.Title == "Referendum" && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void A_day_counted_from_the_article_ends_the_year_told_before()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Old feud\n\nOstravia and Keldany signed a border treaty in 2011. On Tuesday, their ministers met in Brisk. Later that year, Keldany will hold a referendum on the treaty."));
        events.ShouldNotContain(e => e.Title == "Referendum" && e.Date != null && e.Date.Value.Year == 2011, Show(events));
    }

    [Fact]
    public void A_year_later_is_the_year_after_the_one_told_but_gives_way_to_the_date_said_after_it()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Old feud\n\nKeldany was partitioned after the uprising of 1981; a year later, Ostravia slid into a border war with Keldany.\n\n"
            + "On 3 March 2019 the two governments announced a joint fishing embargo on Keldany; the embargo took effect a year later, in April 2020."));
        events.ShouldContain(e => e.Title.Contains("war") && e.Date.ToString() == "1982", Show(events));
        events.ShouldContain(e => e.Title.Contains("mbargo") && e.Date.ToString() == "2020-04", Show(events));
    }
}
