using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A month named without its year for an event told as still to come is the next such month, not the last one: the event
/// an expecting verb takes as its object ("delegates expected a third round ... in May"), and the event of a reported
/// future however many words lie between "would" and it ("said the ministry would send the accord to the Senate (upper
/// house) for ratification in June"). Sentences written for these tests.
/// </summary>
public class ExpectedMonthTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void An_event_a_past_verb_of_expecting_takes_as_object_is_in_the_next_such_month()
    {
        var events = EventReadingTests.EventsOf(("2026-02-20", "Fisheries\n\nMost delegates expected a third meeting of the quota panel, in Tromsø, in May."));
        var meeting = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        meeting.Date.ToString().ShouldBe("2026-05");
        meeting.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_reported_future_reaches_an_event_noun_many_words_after_would()
    {
        var events = EventReadingTests.EventsOf(("2026-03-18", "Accord\n\nThe deputy minister, Aldo Ferreyra, said the ministry would send the fisheries accord to the Senate (upper house) for ratification in June."));
        var vote = events.Where(e => e.Kind == "election").ShouldHaveSingleItem(Show(events));
        vote.Date.ToString().ShouldBe("2026-06");
    }

    [Fact]
    public void A_month_after_a_past_meeting_the_writer_reports_stays_the_last_such_month()
    {
        var events = EventReadingTests.EventsOf(("2026-02-20", "Fisheries\n\nMost delegates attended a third meeting of the quota panel, in Tromsø, in May."));
        var meeting = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        meeting.Date.ToString().ShouldBe("2025-05");
    }

    [Fact]
    public void An_event_a_reduced_clause_says_is_expected_is_planned_and_one_with_its_later_mention()
    {
        var events = EventReadingTests.EventsOf(("2027-02-20", "Charter\n\nThe charter takes effect only after the plebiscite, expected in 2027. "
            + "The opposition leader, Mirela Dancu, said she expected the plebiscite would be close."));
        var vote = events.Where(e => e.Kind == "election").ShouldHaveSingleItem(Show(events));
        vote.Status.ShouldBe(EventStatus.Planned, Show(events));
        vote.Date.ToString().ShouldBe("2027");
    }
}
