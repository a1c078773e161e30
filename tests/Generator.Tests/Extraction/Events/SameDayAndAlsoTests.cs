using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "the same day" dates an event by the one last spoken of in the same tense, "also" adds an event rather than telling one
/// already told, a year in brackets dates what it follows, "began with the coup ... on <date>" dates the coup, and what
/// "would" happen in a period over before the article was written has happened. Short
/// articles written for these tests.
/// </summary>
public class SameDayAndAlsoTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} at {e.Place}"));

    [Fact]
    public void The_same_day_of_a_preview_is_the_previewed_day_not_that_of_a_past_round_told_in_between()
    {
        var events = EventReadingTests.EventsOf(("2027-03-02",
            "Trade envoy to visit Oslo\n\nThe Trade Minister of Iceland, Ms Sigrun Dagsdottir, will receive her Norwegian counterpart, Mr Lars Holm, in Reykjavik on Friday, 12 March 2027. "
            + "The text was settled at technical talks held in Bergen on 20 February.\n\n"
            + "Mr Holm will also be received by the Prime Minister, Mr Bjarni Olafsson, at the Government House on the morning of the same day."));
        var received = events.Where(e => e.Place == "Government House").ShouldHaveSingleItem(Show(events));
        received.Date.ToString().ShouldBe("2027-03-12", Show(events));
        received.Status.ShouldBe(EventStatus.Planned);
        events.Where(e => e.Date?.ToString() == "2027-03-12").Count().ShouldBe(2, Show(events));
    }

    [Fact]
    public void The_same_day_as_another_event_is_not_read_as_the_day_last_spoken_of()
    {
        var found = BriefingSite.Extraction.Dates.DateExpressionParser.Find("The tribunal ruled on the same day as the appeals court.", PartialDate.OfDay(2026, 5, 4), future: false);
        found.ShouldBeEmpty();
    }

    [Fact]
    public void A_year_in_brackets_dates_the_agreements_it_follows()
    {
        var events = EventReadingTests.EventsOf(("2026-06-01",
            "Notes to editors\n\n- Portugal has concluded fisheries agreements with Morocco (2011) and Mauritania (2015)."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2011", Show(events));
    }

    [Fact]
    public void A_phrase_pointing_back_takes_the_date_no_other_event_of_its_sentence_can()
    {
        var events = EventReadingTests.EventsOf(("2025-02-01",
            "Background\n\nThe crisis began with the coup in Gabon on 30 August 2023, when officers seized the presidential palace in Libreville."));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2023-08-30", Show(events));
    }

    [Fact]
    public void A_date_of_something_else_in_a_relative_clause_does_not_date_the_event_pointed_back_at()
    {
        var events = EventReadingTests.EventsOf(("2025-02-01",
            "Plane down\n\nThe inquiry deals with the crash of the aircraft, which was built in 1981."));
        events.ShouldNotContain(e => e.Date.ToString() == "1981", Show(events));
    }

    [Fact]
    public void What_was_to_come_in_a_period_over_before_the_article_was_written_has_happened()
    {
        var events = EventReadingTests.EventsOf(("2026-06-03",
            "Explainer: the split\n\nThe bloc lifted its sanctions in May 2023. On 2 March 2024, the three juntas announced that they would leave SADC; the withdrawal took effect a year later, in March 2025."));
        events.Where(e => e.Kind == "withdrawal").ShouldHaveSingleItem(Show(events)).Status.ShouldBe(EventStatus.Happened, Show(events));
    }

    [Fact]
    public void What_is_to_come_in_the_month_the_article_was_written_stays_planned()
    {
        var events = EventReadingTests.EventsOf(("2026-06-03",
            "Explainer: the split\n\nThe three juntas announced that they would leave SADC; the withdrawal will take effect in June 2026."));
        events.Where(e => e.Kind == "withdrawal").ShouldAllBe(e => e.Status == EventStatus.Planned, Show(events));
    }

    [Fact]
    public void Another_person_who_will_also_visit_makes_a_visit_of_their_own()
    {
        var events = EventReadingTests.EventsOf(("2026-03-02",
            "Flood relief\n\nForeign Minister Ana Brnabic is to visit Albania and Kosovo this week.\n\nHealth Minister Zlatibor Loncar will also visit Tirana in Albania, as well as Montenegro."));
        events.Where(e => e.Kind == "visit").Count().ShouldBe(2, Show(events));
        events.ShouldAllBe(e => e.Status == EventStatus.Planned, Show(events));
    }
}
