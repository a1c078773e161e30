using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A year a sentence tells of, and one it only uses to name a thing: "remember 2019, when ... in July" is July 2019; "its
/// 1987 logbooks" dates the logbooks, not an event near them. Sentences written for these tests.
/// </summary>
public class YearContextTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_year_modifying_a_noun_that_is_no_event_gives_way_to_the_events_own_date()
    {
        var events = EventReadingTests.EventsOf(("2026-03-04", "Inquiry\n\nThe minister announced that the navy will hand over its 1987 logbooks to the inquiry, speaking in Rijeka on Tuesday."));
        events.ShouldNotContain(e => e.Date != null && e.Date.Value.Year == 1987, Show(events));
        events.ShouldContain(e => e.Date.ToString() == "2026-03-03", Show(events));
    }

    [Fact]
    public void A_year_modifying_the_event_noun_still_dates_it()
    {
        var events = EventReadingTests.EventsOf(("2026-03-04", "Vote\n\nVoters in Ostravia rejected the 2019 referendum on the new flag."));
        events.ShouldContain(e => e.Title.Contains("referendum") && e.Date.ToString() == "2019", Show(events));
    }

    [Fact]
    public void A_month_told_after_a_year_is_that_years_month()
    {
        var events = EventReadingTests.EventsOf(("2026-03-10", "Truce\n\nBut remember 2019, when Norway brokered the ceasefire in Tromsø in July."));
        events.ShouldContain(e => e.Title.Contains("easefire") && e.Date.ToString() == "2019-07", Show(events));
    }

    [Fact]
    public void A_date_closing_a_relative_clause_of_the_subject_dates_that_clause_only()
    {
        var events = EventReadingTests.EventsOf(("2026-09-30", "Ticket\n\nThe Harbour Party (HP), the same party that nominated the late mayor Ilse Varga for governor in 1990 and future senator Piet Oort in 2014, nominated a banker with moderate views for its 2026 mayoral ticket."));
        events.ShouldNotContain(e => e.Date != null && e.Date.Value.Year == 2014, Show(events));
        events.ShouldContain(e => e.Date.ToString() == "2026", Show(events));
    }

    [Fact]
    public void A_year_an_event_is_likened_to_dates_nothing()
    {
        var events = EventReadingTests.EventsOf(("2026-09-30", "Polls\n\nDelegates said the next election would be like 1983, when the Greens won by a landslide."));
        events.ShouldNotContain(e => e.Title.Contains("lection") && e.Date != null && e.Date.Value.Year == 1983, Show(events));
    }

    [Fact]
    public void A_past_date_does_not_cross_into_a_clause_told_as_to_come()
    {
        var events = EventReadingTests.EventsOf(("2026-09-30", "Border\n\nThe Valdorian garrison left the Kessin airfield last year, and its withdrawal from the remaining mountain posts will be completed by May."));
        events.ShouldNotContain(e => e.Kind == "withdrawal" && e.Date != null && e.Date.Value.Year == 2025, Show(events));
    }
}
