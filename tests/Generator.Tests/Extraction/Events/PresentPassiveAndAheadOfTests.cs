using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// What the clause says of an event's time: a participle of a passive in the present ("is being hosted") is no past, so a
/// weekday the event is told on is the nearer one (the coming one when it is nearer); the past of a clause that did something
/// "ahead of" an undated event is not the event's time. Sentences written for these tests.
/// </summary>
public class PresentPassiveAndAheadOfTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_weekday_event_a_present_passive_tells_of_is_the_nearer_coming_day()
    {
        // Written on Monday 2 March 2026: Tuesday is tomorrow, not six days ago.
        var events = EventReadingTests.EventsOf(("2026-03-02", "Reform talks\n\nTuesday's meeting on fisheries reform is being hosted by the Norwegian prime minister."));
        var meeting = events.Where(e => e.Kind == "meeting" && e.Date is not null).ShouldHaveSingleItem(Show(events));
        meeting.Date.ToString().ShouldBe("2026-03-03");
        meeting.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_weekday_event_a_past_passive_tells_of_stays_the_last_such_day()
    {
        var events = EventReadingTests.EventsOf(("2026-03-02", "Reform talks\n\nTuesday's meeting on fisheries reform was hosted by the Norwegian prime minister."));
        var meeting = events.Where(e => e.Kind == "meeting" && e.Date is not null).ShouldHaveSingleItem(Show(events));
        meeting.Date.ToString().ShouldBe("2026-02-24");
    }

    [Fact]
    public void A_participle_after_being_in_a_phrase_of_time_is_no_present()
    {
        // "after being diagnosed" is no present passive: the death on Friday is the last Friday.
        var events = EventReadingTests.EventsOf(("2020-09-02", "Tributes paid to actor\n\nOver the weekend, tributes were paid to actor Marlon Tessek, "
            + "including Sunday's airing of his film. Tessek died on Friday after being diagnosed with cancer four years earlier."));
        var death = events.Where(e => e.Kind == "death").ShouldHaveSingleItem(Show(events));
        death.Date.ToString().ShouldBe("2020-08-28");
        death.Status.ShouldBe(EventStatus.Happened);
    }

    [Fact]
    public void An_undated_event_something_came_ahead_of_takes_no_past_from_the_clause_and_joins_its_coming_telling()
    {
        // "said" is when the interview was given: the meeting it came ahead of is the one tomorrow, told in the next sentence.
        var events = EventReadingTests.EventsOf(("2026-03-02", "Raids\n\nIn an interview ahead of a meeting in Oslo to discuss fisheries reform, Mr Lund said such raids were wrong. "
            + "Tuesday's meeting on fisheries reform is being hosted by the Norwegian prime minister."));
        var meeting = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        meeting.Date.ToString().ShouldBe("2026-03-03");
        meeting.Place.ShouldBe("Oslo");
        meeting.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_dated_event_something_came_ahead_of_keeps_what_its_date_says()
    {
        var events = EventReadingTests.EventsOf(("2026-03-02", "Raids\n\nIn an interview ahead of last month's summit in Oslo, Mr Lund said such raids were wrong."));
        var summit = events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events));
        summit.Date.ToString().ShouldBe("2026-02");
        summit.Status.ShouldBe(EventStatus.Happened);
    }
}
