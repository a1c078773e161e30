using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// One article tells a gathering twice in other words, at one place and dated alike ("senior officials would meet in
/// Reykjavik next week ... talks would go ahead in Reykjavik on Feb. 24"): one event; at other places they stay two. Short
/// articles written for these tests.
/// </summary>
public class GatheringPlaceTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} at {e.Place}"));

    private static string Story(string second) => "Ministers trade words, talks still on\n\n"
        + "The foreign ministers of Norway and Iceland traded accusations in a telephone call on Wednesday over a trawler seizure, but agreed that senior officials would still meet in Reykjavik next week, both governments said.\n\n"
        + "Norway's foreign ministry said its minister had urged Iceland to release the crew.\n\n"
        + $"Despite the sharp words, both sides confirmed that vice-ministerial talks under the fisheries mechanism would go ahead in {second} on Feb. 24.";

    [Fact]
    public void A_meeting_and_talks_at_one_place_dated_alike_are_one_gathering()
    {
        var events = EventReadingTests.EventsOf(("2027-02-17", Story("Reykjavik")));
        var talks = events.Where(e => e.Place == "Reykjavik").ShouldHaveSingleItem(Show(events));
        talks.Date.ToString().ShouldBe("2027-02-24", Show(events));
    }

    [Fact]
    public void A_meeting_and_talks_at_two_places_stay_two()
    {
        var events = EventReadingTests.EventsOf(("2027-02-17", Story("Tromsø")));
        events.ShouldContain(e => e.Place == "Reykjavik", Show(events));
        events.ShouldContain(e => e.Place == "Tromsø", Show(events));
    }
}
