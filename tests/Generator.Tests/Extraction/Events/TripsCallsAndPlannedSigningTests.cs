using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Ways news prose tells of a trip, a call, a meeting or a signing without an event noun: "will travel to", "is going to",
/// "spoke to" a named person, "met here yesterday", "I met", "is to be signed in", "has been killed", "was closed for three
/// hours". Sentences written for these tests.
/// </summary>
public class TripsCallsAndPlannedSigningTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_trip_told_with_will_travel_to_is_a_planned_visit_titled_by_its_places()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Envoy\n\nThe deputy minister will travel to Accra and Lomé next week, October 13 to 16."));
        var visit = events.Where(e => e.Kind == "visit").ShouldHaveSingleItem(Show(events));
        visit.Status.ShouldBe(EventStatus.Planned);
        visit.Title.ShouldBe("Visit to Accra and Lomé");
    }

    [Fact]
    public void A_person_going_somewhere_on_a_day_is_a_planned_visit_and_aid_going_to_a_country_is_not()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Border\n\nGeneral Anton Dorn is going to Tallinn on Friday for the border committee. Most of the aid is going to Ukraine this year."));
        var visit = events.Where(e => e.Kind == "visit").ShouldHaveSingleItem(Show(events));
        visit.Status.ShouldBe(EventStatus.Planned);
        visit.Date.ToString().ShouldBe("2026-10-09");
    }

    [Fact]
    public void Speaking_to_a_named_person_is_a_call_and_speaking_to_reporters_or_a_broadcasters_journalist_is_not()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Diplomacy\n\nThe foreign secretary spoke to Foreign Minister Amadou Diallo last Friday about the border. "
            + "On Sunday she spoke to the BBC's Laura Kemp. She spoke to reporters on Monday."));
        var call = events.Where(e => e.Kind == "call").ShouldHaveSingleItem(Show(events));
        call.Date.ToString().ShouldBe("2026-10-02");
    }

    [Fact]
    public void Met_here_yesterday_in_capitals_is_a_dated_meeting()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Live\n\n09:40 The two chief negotiators already met here YESTERDAY evening for two hours."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-10-05");
    }

    [Fact]
    public void A_speakers_I_after_a_word_is_the_pronoun_not_a_numbered_name()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Speech\n\nYesterday I met the Commission's Vice-President for trade. In Riga I heard nothing new. The Minsk I agreement failed within months."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-10-05", Show(events));
        events.ShouldNotContain(e => e.Title.Contains("Yesterday") || e.Title.Contains("Riga I"), Show(events));
        events.ShouldContain(e => e.Title.Contains("Minsk I"), Show(events));
    }

    [Fact]
    public void A_text_to_be_signed_at_a_place_or_on_a_day_is_a_planned_signing()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Deal\n\nThe charter is to be signed in Lomé next month in the presence of the two presidents."));
        var signing = events.ShouldHaveSingleItem(Show(events));
        signing.Status.ShouldBe(EventStatus.Planned);
        signing.Date.ToString().ShouldBe("2026-11");
    }

    [Fact]
    public void A_named_person_who_has_been_killed_died()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Operation\n\nAbu Karim al-Masri has been killed in a French counter-terrorism operation, the minister said."));
        events.ShouldContain(e => e.Kind == "death", Show(events));
    }

    [Fact]
    public void A_dated_passive_deed_may_say_how_long_it_lasted()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Border\n\nThe Ruma crossing was closed for three hours this morning after a bomb threat. The hall was used for two weeks in May."));
        events.ShouldContain(e => e.Title.StartsWith("The Ruma crossing was closed") && e.Date.ToString() == "2026-10-06", Show(events));
        events.ShouldNotContain(e => e.Title.Contains("used"), Show(events));
    }
}
