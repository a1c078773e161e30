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

    [Fact]
    public void A_participle_visit_between_commas_and_a_stay_somewhere_this_week_are_visits_with_their_places()
    {
        var events = EventReadingTests.EventsOf(("2026-04-17", "Nigerian Foreign Minister Adaeze Okafor, visiting Accra, urged calm. When she was in Lomé earlier this week, Togo's president Komi Agbeko told her the border would stay open."));
        var visits = events.Where(e => e.Kind == "visit").ToList();
        visits.Select(v => v.Place).ShouldBe(["Accra", "Lomé"], ignoreOrder: true, Show(events));
        visits.ShouldAllBe(v => v.Status == EventStatus.Happened, Show(events));
        visits.Single(v => v.Place == "Lomé").Date.ToString().ShouldBe("2026-04");
    }

    [Fact]
    public void Living_in_or_visiting_a_city_is_no_visit()
    {
        var events = EventReadingTests.EventsOf(("2026-04-17", "The law would apply to anyone living in or visiting Geneva, officials said."));
        events.ShouldNotContain(e => e.Kind == "visit", Show(events));
    }

    [Fact]
    public void Taking_over_a_presidency_after_before_is_still_to_come()
    {
        var events = EventReadingTests.EventsOf(("2026-01-20", "Irish ministers want the row settled before Ireland takes over the presidency of the EU in July."));
        var presidency = events.ShouldHaveSingleItem(Show(events));
        presidency.Status.ShouldBe(EventStatus.Planned);
        presidency.Date.ToString().ShouldBe("2026-07");
    }

    [Fact]
    public void A_dated_pledge_and_a_request_to_suspend_parliament_are_events()
    {
        var events = EventReadingTests.EventsOf(("2026-01-20",
            "In December, the African Union pledged to review the quotas. The king said he would grant the request of Prime Minister Amara Keita to suspend Parliament for most of February."));
        events.ShouldContain(e => e.Kind == "announcement" && e.Date.ToString() == "2025-12" && e.Title.Contains("pledge"), Show(events));
        events.ShouldContain(e => e.Kind == "decision" && e.Planned && e.Title.Contains("prorogation"), Show(events));
    }

    [Fact]
    public void A_speaker_who_has_called_a_session_convenes_it()
    {
        var events = EventReadingTests.EventsOf(("2026-10-01", "Speaker Kamal Haddad has called a plenary session for Tuesday, October 13, to vote on the treaty."));
        var session = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        session.Date.ToString().ShouldBe("2026-10-13");
        session.Status.ShouldBe(EventStatus.Planned);
    }
}
