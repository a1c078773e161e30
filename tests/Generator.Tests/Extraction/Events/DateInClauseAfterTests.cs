using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A date after the cue inside a clause of its own (a subordinate clause with its own verb, a person's relative clause)
/// dates that clause's deed, not the cue's event; a relative clause of the event itself ("the talks, which opened on
/// Monday") still dates it.
/// </summary>
public class DateInClauseAfterTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_date_in_an_after_clause_with_its_own_verb_is_not_the_resignations()
    {
        var events = EventsOf(("2026-04-18", "Premier\n\nPremier Ilse Varga filed her resignation after a memo from her office was leaked on Tuesday. President Odo Lind has not accepted it."));
        events.ShouldNotContain(e => e.Kind == "resignation" && e.Date != null, Show(events));
    }

    [Fact]
    public void A_date_in_a_persons_relative_clause_is_not_the_summits()
    {
        var events = EventsOf(("2026-04-18", "Summit\n\nPremier Ilse Varga is at a summit in Tallinn with envoy Odo Lind, whose office on Tuesday criticised the plan."));
        events.Where(e => e.Kind == "summit").ShouldAllBe(e => e.Date == null || e.Date.ToString() != "2026-04-14", Show(events));
    }

    [Fact]
    public void A_relative_clause_of_the_event_itself_still_dates_it()
    {
        var events = EventsOf(("2026-04-18", "Talks\n\nThe talks in Tallinn, which opened on Tuesday, ended without a deal."));
        events.Where(e => e.Kind == "talks").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-04-14");
    }

    [Fact]
    public void A_date_in_the_relative_clause_of_a_noun_of_another_clause_is_not_the_meetings()
    {
        var events = EventsOf(("2026-04-18", "Flood talks\n\nThe deal was signed by Premier Ilse Varga at the end of a two-hour meeting in the town hall, as the flood, which reached the city on 14 April, kept rising."));
        events.Where(e => e.Kind == "meeting").ShouldAllBe(e => e.Date == null || e.Date.ToString() != "2026-04-14", Show(events));
    }
}
