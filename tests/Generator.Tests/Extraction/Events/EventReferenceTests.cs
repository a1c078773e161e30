using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// What a phrase refers to and when: "is expected to" is no past tense, "will also be received by" is a meeting, and "the
/// ministerial meeting of the European Union" names its own meeting rather than pointing back at one spoken of before.
/// </summary>
public class EventReferenceTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_visit_someone_is_expected_to_make_later_this_month_is_planned()
    {
        var events = EventReadingTests.EventsOf(("2026-03-04", "Ecuador's foreign minister Lucía Andrade is expected to sign a trade pact with Peru's Jorge Salas when she visits Lima later this month."));
        var visit = events.Where(e => e.Kind == "visit").ShouldHaveSingleItem(Show(events));
        visit.Status.ShouldBe(EventStatus.Planned);
        visit.Date.ToString().ShouldBe("2026-03");
    }

    [Fact]
    public void Being_received_by_a_president_with_an_adverb_between_is_a_meeting()
    {
        var events = EventReadingTests.EventsOf(("2026-06-01", "Estonian Foreign Minister Kadri Tamm will also be received by the President of Latvia, Andris Ozols, at Riga Castle on Thursday."));
        var meeting = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        meeting.Status.ShouldBe(EventStatus.Planned);
        meeting.Date.ToString().ShouldBe("2026-06-04");
    }

    [Fact]
    public void A_meeting_of_a_named_body_is_its_own_event_not_the_meeting_spoken_of_before()
    {
        var events = EventReadingTests.EventsOf(("2026-06-01",
            "Estonian Foreign Minister Kadri Tamm will also be received by the President of Latvia, Andris Ozols, at Riga Castle. "
            + "The ministers will discuss the preparations for the ministerial meeting of the European Union and its eastern neighbours, to be held in Tartu on 12 November 2026."));
        var meetings = events.Where(e => e.Kind == "meeting").ToList();
        meetings.Count.ShouldBe(2, Show(events));
        meetings.ShouldContain(m => m.Date.ToString() == "2026-11-12", Show(events));
        meetings.ShouldContain(m => m.Date == null, Show(events));
    }
}
