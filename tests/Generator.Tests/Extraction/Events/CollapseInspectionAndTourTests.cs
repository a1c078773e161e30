using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Event words added in session 22: a dam or wall that gave way, a person who tested positive, an inspection or a
/// disaster dated in its own phrase, a state of emergency, a place toured or arrived in, crossings thrown open, and a
/// meeting someone would hold; a campaign that started on a day; a joint statement signed. Sentences written for these tests.
/// </summary>
public class CollapseInspectionAndTourTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_dam_that_gave_way_on_a_day_is_a_collapse_but_giving_way_to_something_is_none()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Flood\n\nThe retaining wall of the Orvik reservoir gave way on 14 August.\n\nIn Pellby, anger gave way to grief on 15 August."));
        events.Where(e => e.Kind == "incident").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-08-14");
    }

    [Fact]
    public void A_named_person_who_tested_positive_is_an_event_but_one_known_to_have_tested_positive_is_none()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Health\n\nGovernor Marta Lindqvist tested positive for influenza on Tuesday."));
        events.ShouldContain(e => e.Title == "Lindqvist’s positive test" && e.Date.ToString() == "2026-08-18", Show(events));
        var none = EventReadingTests.EventsOf(("2026-08-20", "Health\n\nOnly Governor Marta Lindqvist was known to have tested positive."));
        none.ShouldBeEmpty(Show(none));
    }

    [Fact]
    public void An_inspection_and_a_disaster_dated_in_their_own_phrase_are_events()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Mines\n\nDuring an inspection on 3 March 2026, the county inspectors found cracks in the wall.\n\nThe chemical disaster at Velby in October 2011 killed nine people."));
        events.ShouldContain(e => e.Kind == "inspection" && e.Date.ToString() == "2026-03-03", Show(events));
        events.ShouldContain(e => e.Kind == "incident" && e.Title.Contains("disaster") && e.Date.ToString() == "2011-10", Show(events));
    }

    [Fact]
    public void A_state_of_emergency_dated_in_its_own_phrase_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Outbreak\n\nDoctors in Port Avel said the state of emergency of 2 August had saved lives."));
        events.ShouldContain(e => e.Kind == "decision" && e.Title.Contains("state of emergency", StringComparison.OrdinalIgnoreCase) && e.Date.ToString() == "2026-08-02", Show(events));
    }

    [Fact]
    public void A_minister_who_toured_or_arrives_somewhere_pays_a_visit()
    {
        var toured = EventReadingTests.EventsOf(("2026-08-20", "Ports\n\nOn Monday, Foreign Minister Lena Holm toured the port of Velby with the transport minister."));
        toured.ShouldContain(e => e.Kind == "visit" && e.Date.ToString() == "2026-08-17", Show(toured));
        var arrives = EventReadingTests.EventsOf(("2026-08-20", "Aid\n\nThe offer comes as Foreign Minister Lena Holm arrives in Ostria for talks on the floods."));
        arrives.ShouldContain(e => e.Kind == "visit" && e.Title.Contains("Ostria"), Show(arrives));
    }

    [Fact]
    public void Crossings_thrown_open_on_a_day_are_a_reopening()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Border\n\nOn 11 May 2026 the crossings at Kesh and Varo were thrown open."));
        events.ShouldContain(e => e.Kind == "reopening" && e.Date.ToString() == "2026-05-11", Show(events));
    }

    [Fact]
    public void Someone_who_would_meet_a_named_minister_on_a_day_has_a_planned_meeting_but_meeting_a_rule_is_none()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Talks\n\nThe Minister said he would then meet the Ostrian Minister of Transport in Karsk on Friday, 21 August."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-08-21" && e.Status == EventStatus.Planned, Show(events));
        var none = EventReadingTests.EventsOf(("2026-08-20", "Budget\n\nThe adviser said the chancellor would meet his fiscal rules by a small margin next year."));
        none.ShouldNotContain(e => e.Kind == "meeting", Show(none));
    }

    [Fact]
    public void A_campaign_that_started_on_a_day_is_an_event_but_prices_starting_to_rise_are_none()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Harbour\n\nThe harbour dredging campaign started on 3 March.\n\nPrices started to rise in March."));
        events.ShouldHaveSingleItem(Show(events)).Title.ShouldBe("The harbour dredging campaign started");
        events[0].Date.ToString().ShouldBe("2026-03-03");
    }

    [Fact]
    public void Ministers_who_met_and_signed_a_joint_statement_made_a_joint_statement_that_day()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Border\n\nForeign Minister Anton Berg and Foreign Minister Ivo Rask met in Karsk on Friday 14 August and signed a three-page joint statement."));
        events.ShouldContain(e => e.Kind == "joint statement" && e.Date.ToString() == "2026-08-14", Show(events));
    }
}
