namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Kinds of plain news told by their own verbs (generator/Data/events.yml): people abducted and freed, a group claiming
/// an attack or posting a video, a storm making landfall and the warnings issued for it, a party winning seats, an agency
/// suspending its work. Sentences written for these tests.
/// </summary>
public class CaptivityAndStormTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void People_abducted_on_a_date_are_a_kidnapping_of_that_day()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Engineers held\n\nThe two engineers were abducted near Varnsfield on May 3, police said."));
        events.ShouldContain(e => e.Kind == "kidnapping" && e.Date != null && e.Date.ToString() == "2026-05-03", Show(events));
    }

    [Fact]
    public void Hostages_freed_or_handed_over_are_a_release()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Engineers home\n\nThe engineer Tomas Brell was finally freed in March 2025.\n\n"
            + "The other two were handed over to Ostrian mediators near Varnsfield on Saturday."));
        events.Count(e => e.Kind == "release").ShouldBe(2, Show(events));
    }

    [Fact]
    public void A_group_claiming_an_attack_or_posting_a_video_does_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Bombing\n\nThe Harbour Front claimed responsibility for the bombing in Varnsfield on Monday.\n\n"
            + "The Harbour Front released a short video of the captives on Tuesday."));
        events.ShouldContain(e => e.Kind == "claim of responsibility", Show(events));
        events.ShouldContain(e => e.Kind == "video", Show(events));
    }

    [Fact]
    public void No_claim_of_responsibility_is_no_claim()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Hosting\n\nWeb hosts have long claimed no responsibility for what the Varnsfield Trust publishes."));
        events.ShouldNotContain(e => e.Kind == "claim of responsibility", Show(events));
    }

    [Fact]
    public void A_storm_making_landfall_and_the_warnings_for_it_are_events()
    {
        var events = EventReadingTests.EventsOf(("2026-09-02", "Storm\n\nHurricane Oriel made landfall in the Palm Keys on Sunday.\n\n"
            + "The Weather Bureau issued a hurricane warning for the Palm Keys on Saturday.\n\n"
            + "The Weather Bureau said on Monday that Oriel had been downgraded to a Category 1 storm."));
        events.ShouldContain(e => e.Kind == "landfall" && e.Date != null && e.Date.ToString() == "2026-08-30", Show(events));
        events.ShouldContain(e => e.Kind == "alert", Show(events));
        events.ShouldContain(e => e.Kind == "weakening", Show(events));
    }

    [Fact]
    public void A_party_that_won_seats_tells_the_election()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Result\n\nOn Thursday, the Harbour Party won 41 seats in the Varnsland parliament."));
        events.ShouldContain(e => e.Kind == "election", Show(events));
    }

    [Fact]
    public void An_agency_that_suspended_its_projects_makes_a_suspension()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Aid\n\nThe Red Lantern Trust suspended its projects in Varnsfield on Friday."));
        events.ShouldContain(e => e.Kind == "suspension", Show(events));
    }
}
