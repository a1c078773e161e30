using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Nouns that name an event only when their own phrase dates it ("the ban in mid-March", "its April 2 travel alert"):
/// events when dated, nothing when not, and never taking a date another event word of the sentence holds. Sentences
/// written for these tests.
/// </summary>
public class DatedNounTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_noun_dated_by_its_own_phrase_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Dairy row\n\nFarmers in Mombasa say sales halved after the ban in mid-March."));
        events.ShouldContain(e => e.Kind == "sanctions" && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void A_date_inside_the_nouns_phrase_dates_it_and_stays_out_of_its_title()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Travel advice\n\nThe embassy told its citizens to stay indoors in its April 2 travel alert."));
        var alert = events.Where(e => e.Kind == "alert").ShouldHaveSingleItem(Show(events));
        alert.Date.ToString().ShouldBe("2026-04-02");
        alert.Title.ShouldBe("Travel alert");
    }

    [Fact]
    public void The_year_before_the_noun_dates_it()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Fishing quotas\n\nThe dispute goes back to the 2018 Tromsø convention on northern stocks."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2018", Show(events));
    }

    [Fact]
    public void Without_a_date_of_its_own_the_noun_is_no_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Dairy row\n\nThe ban hurts dairy farmers across the region, traders said.\n\n"
            + "Free primary education was introduced in 2003 across the country."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void A_date_another_event_word_holds_stays_with_it()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Dairy row\n\nThe trade ministers of Kenya and Uganda met in Kampala on Tuesday to discuss the ban."));
        events.ShouldNotContain(e => e.Kind == "sanctions", Show(events));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-05-12", Show(events));
    }

    [Fact]
    public void A_deadline_is_not_when_the_event_was()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Virus measures\n\nThe mayor of Lagos extended the city lockdown to June 1."));
        events.ShouldNotContain(e => e.Kind == "closure", Show(events));
    }

    [Fact]
    public void A_noun_whose_clause_says_it_happened_is_an_event_dated_by_that_clause()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Dairy row\n\nThe export ban was imposed on 3 March, after a cholera outbreak.\n\nThe old ban was lifted after protests."));
        events.Where(e => e.Kind == "sanctions").Select(e => e.Date?.ToString() ?? "-").Order().ToList().ShouldBe(new List<string> { "-", "2026-03-03" }, Show(events));
    }

    [Fact]
    public void Violence_dated_right_after_it_is_an_event_and_undated_is_none()
    {
        var dated = EventReadingTests.EventsOf(("2026-05-14", "Port strike\n\nA harbour report blamed the violence against dockers in Valdora on April 9."));
        dated.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2026-04-09", Show(dated));
        var undated = EventReadingTests.EventsOf(("2026-05-14", "Port strike\n\nDockers in Valdora say violence against strikers is growing."));
        undated.ShouldNotContain(e => e.Kind == "attack", Show(undated));
    }

    [Fact]
    public void A_date_closing_the_nouns_phrase_is_not_taken_by_an_event_word_past_a_comma()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Port strike\n\nDockers' demands include investigation of the violence against strikers on April 9, the release of those held and a new pay deal."));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2026-04-09", Show(events));
        events.ShouldNotContain(e => e.Kind == "agreement" && e.Date.ToString() == "2026-04-09", Show(events));
    }
}
