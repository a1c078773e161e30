using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Dates and nouns news tells history with: a full date of an old year ("on 12 March 1867"), a year between a possessive
/// or an adjective and its noun ("the Tribunal's 1998 ruling", "the disputed 2011 election"), plural hearings and
/// referendums, and a stand-off dated by its own phrase. Sentences written for these tests.
/// </summary>
public class OldYearsAndPluralsTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_full_date_of_an_old_year_is_that_day()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Boundary\n\nThe tribunal first examined the treaty concluded between Ostravia and Keldany on 12 March 1867."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "1867-03-12", Show(events));
        events.ShouldNotContain(e => e.Date != null && e.Date.Value.Year == 2026, Show(events));
    }

    [Fact]
    public void A_year_after_a_possessive_or_an_adjective_dates_the_noun_after_it()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Boundary\n\nCommentators compared the accord with the Tribunal's 1998 ruling on the Brisk islands.\n\n"
            + "Voters in Keldany still remember the disputed 2011 election."));
        events.ShouldContain(e => e.Kind == "decision" && e.Date.ToString() == "1998", Show(events));
        events.ShouldContain(e => e.Kind == "election" && e.Date.ToString() == "2011", Show(events));
    }

    [Fact]
    public void A_number_after_a_possessive_is_no_year()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Plant\n\nThe strike by the mill's 2000 workers began at the Brisk plant on Monday."));
        events.ShouldNotContain(e => e.Date != null && e.Date.Value.Year == 2000, Show(events));
    }

    [Fact]
    public void Plural_hearings_and_referendums_held_on_their_days_are_events()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Boundary\n\nPublic hearings were held in Brisk from 4 to 9 May 2024.\n\n"
            + "The referendums were held in Ostravia on 3 June 2015 and in Keldany on 9 April 2016."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2024-05", Show(events));
        events.ShouldContain(e => e.Kind == "election" && e.Date.ToString() == "2015-06-03", Show(events));
    }

    [Fact]
    public void A_stand_off_dated_by_its_own_phrase_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Boundary\n\nThe treaty ends a quarrel that peaked in the 2011 naval stand-off near Brisk island. A stand-off over the quota worries the fleet."));
        events.ShouldContain(e => e.Kind == "incident" && e.Date.ToString() == "2011", Show(events));
        events.ShouldNotContain(e => e.Kind == "incident" && e.Date == null, Show(events));
    }

    [Fact]
    public void A_year_after_a_possessive_gives_way_to_the_date_closing_its_phrase_and_dates_no_other_noun()
    {
        var events = EventReadingTests.EventsOf(("2030-05-12", "Race\n\nIlse Varga received the Harbour Party's 2030 presidential nomination in September 2029.\n\n"
            + "Piet Oort, nearing the Green League's presidential nomination, tapped the Farmers Union's 2024 vice presidential nominee Anna Moll."));
        events.ShouldContain(e => e.Date.ToString() == "2029-09", Show(events));
        events.ShouldNotContain(e => e.Date != null && e.Date.Value.Year == 2024, Show(events));
    }

    [Fact]
    public void A_year_after_a_possessive_does_not_date_an_occasion_before_its_noun()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Anniversary\n\nCritics asked the minister to attend the commemoration of the Keldanians' 1956 rising in Brisk."));
        events.ShouldNotContain(e => e.Title.Contains("ommemoration") && e.Date != null, Show(events));
    }
}
