using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A dated event told in the past perfect ("The visit had been agreed in a telephone call on 4 March") is a step back
/// from the story: "the next day" after it still counts from the story's latest day (the meeting of 12 March), not from
/// the step back. Told in the simple past, the later day is the story's. Sentences written for these tests.
/// </summary>
public class PastPerfectStepBackTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void The_next_day_after_a_step_back_in_the_past_perfect_counts_from_the_story()
    {
        var events = EventReadingTests.EventsOf(("2027-03-16", "Talks\n\nThe foreign ministers of Norvik and Ostland met in Halden on Friday 12 March and signed a joint statement. "
            + "The visit had been agreed in a telephone call on 4 March, the second in a week.\n\nThe next day the ministers watched a football match in Halden."));
        events.Where(e => e.Kind == "call").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2027-03-04");
        events.Where(e => e.Kind == "match").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2027-03-13");
    }

    [Fact]
    public void The_next_day_after_a_call_told_in_the_simple_past_counts_from_the_call()
    {
        var events = EventReadingTests.EventsOf(("2027-03-16", "Talks\n\nThe foreign ministers of Norvik and Ostland met in Halden on Friday 12 March. "
            + "They spoke again in a telephone call on 14 March.\n\nThe next day the ministers watched a football match in Halden."));
        events.Where(e => e.Kind == "match").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2027-03-15");
    }
}
