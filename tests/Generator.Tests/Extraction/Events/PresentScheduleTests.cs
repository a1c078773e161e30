using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An event verb in the simple present with a weekday ("the ministers meet in Oslo on Thursday") tells of a schedule: the
/// coming day, still to come. A past tense or a verb after "did not" keeps the day just past.
/// </summary>
public class PresentScheduleTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_present_verb_with_a_weekday_is_the_coming_day_and_planned()
    {
        // Sunday 7 March 2027: the coming Thursday is 11 March, the past one 4 March.
        var events = EventsOf(("2027-03-07", "Harbour dispute\n\nThe next weeks will be busy. Nordic fisheries ministers meet in Oslo on Thursday, where Reykjavik wants a firm line on quotas."));
        var meeting = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        meeting.Date.ToString().ShouldBe("2027-03-11");
        meeting.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_past_verb_with_a_weekday_keeps_the_day_just_past()
    {
        var events = EventsOf(("2027-03-07", "Harbour dispute\n\nNordic fisheries ministers met in Oslo on Thursday to discuss quotas."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2027-03-04");
    }
}
