using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// What writers call an event in words that mean the same ("a telephone call", "a phone call") is one descriptor: two
/// articles of one story telling a call on one day, one as a telephone call, one as a phone call, tell one call; a phone
/// call of that day in an article of another story stays apart. Short articles written for these tests.
/// </summary>
public class CallWordingMergeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} ({string.Join(",", e.Articles)})"));

    private const string Report = "Estonia and Georgia to meet in May\n\nEstonia's foreign minister, Kadri Saar, held a telephone call with Georgia's foreign minister, "
        + "Levan Beridze, on 10 March. Kadri Saar said Estonia would host Georgia in May. Levan Beridze thanked Estonia, and Georgia accepted.";

    private static string Review(string a, string b) => $"Week in review: {a} and {b}\n\nOfficials of {a} and {b} spoke twice this week. A phone call took place on 10 March. "
        + $"{a} and {b} will sign a customs accord in May, and {b} has sent a draft to {a}.";

    [Fact]
    public void A_telephone_call_and_a_phone_call_of_one_day_in_one_story_are_one_call()
    {
        var events = EventsOf(("2026-03-12", Report), ("2026-03-13", Review("Estonia", "Georgia")));
        events.Where(e => e.Kind == "call").ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(2, Show(events));
    }

    [Fact]
    public void A_phone_call_of_that_day_in_another_story_stays_apart()
    {
        var events = EventsOf(("2026-03-12", Report), ("2026-03-13", Review("Chile", "Peru")));
        events.Where(e => e.Kind == "call" && e.Articles.Length == 2).ShouldBeEmpty(Show(events));
    }
}
