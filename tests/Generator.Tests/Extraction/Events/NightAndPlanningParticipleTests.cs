using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Dates at the precision the words give: a participle of planning right after a noun ("the exercise ... planned under the
/// memorandum is due to take place in March") is no past verb of the clause, so the month is the coming one; "the night of
/// 2 to 3 May" is the one day the night began on, not a span of two; a count of weeks before the day of writing ("Three weeks
/// after the dam gave way, ...") gives the month, not a made-up day. Sentences written for these tests.
/// </summary>
public class NightAndPlanningParticipleTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_planning_participle_after_the_noun_leaves_the_clause_verb_to_tell_the_time()
    {
        var events = EventReadingTests.EventsOf(("2027-02-20", "Border drill\n\nThe joint exercise of the two navies' patrol boats planned under the accord is due to take place in April near Tarifa."));
        var drill = events.Where(e => e.Kind == "exercise").ShouldHaveSingleItem(Show(events));
        drill.Date.ToString().ShouldBe("2027-04", Show(events));
        drill.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_planning_participle_before_a_past_verb_leaves_the_event_past()
    {
        var events = EventReadingTests.EventsOf(("2027-02-20", "Border drill\n\nThe joint exercise of the two navies' patrol boats planned under the accord took place in April near Tarifa."));
        var drill = events.Where(e => e.Kind == "exercise").ShouldHaveSingleItem(Show(events));
        drill.Date.ToString().ShouldBe("2026-04", Show(events));
    }

    [Fact]
    public void The_night_of_two_days_is_the_day_it_began_on()
    {
        var events = EventReadingTests.EventsOf(("2026-06-20", "Levee\n\nOn the night of 4 to 5 June 2026 the western wall of the Drava tailings dam gave way."));
        var collapse = events.ShouldHaveSingleItem(Show(events));
        collapse.Date.ToString().ShouldBe("2026-06-04", Show(events));
    }

    [Fact]
    public void Weeks_counted_back_from_the_day_of_writing_give_the_month()
    {
        var events = EventReadingTests.EventsOf(("2026-07-02", "Levee\n\nFour weeks after the tailings dam near Osijek gave way, the clean-up has moved to the courts."));
        var collapse = events.ShouldHaveSingleItem(Show(events));
        collapse.Date.ToString().ShouldBe("2026-06", Show(events));
    }
}
