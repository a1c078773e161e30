using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>An event someone wished, hoped, feared or predicted is a possibility, and what events of a kind usually are is no event either; a relative who acted names the event. Sentences written for these tests.</summary>
public class WishedEventAndRelativeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Theory]
    [InlineData("Governor Ilse Marten spoke on Friday. A hashtag trended, suggesting that some users wished for Marten's death.")]
    [InlineData("Officials in Velmora feared an attack on the Harbour Authority on Monday.")]
    [InlineData("Several analysts had predicted the resignation of Governor Ilse Marten before the vote.")]
    [InlineData("Although Velmora's municipal elections are, by most accounts, usually calm, this year four candidates were attacked.")]
    public void A_wished_feared_or_predicted_event_is_no_event(string sentence)
    {
        var events = EventReadingTests.EventsOf(("2026-06-12", "Valley news\n\n" + sentence));
        events.ShouldNotContain(e => e.Kind == "death" || e.Kind == "resignation" || e.Kind == "attack" || e.Kind == "election", Show(events));
    }

    [Fact]
    public void An_event_that_happened_is_still_found()
    {
        var events = EventReadingTests.EventsOf(("2026-06-12", "Valley news\n\nGovernor Ilse Marten resigned on Thursday after the vote."));
        events.ShouldContain(e => e.Kind == "resignation" && e.Date.ToString() == "2026-06-11", Show(events));
    }

    [Fact]
    public void A_relative_of_an_actor_who_died_is_the_one_the_death_is_named_after()
    {
        var events = EventReadingTests.EventsOf(("2026-06-12", "Valley news\n\nGovernor Ilse Marten's younger brother Tomas died on Thursday after a long illness."));
        events.ShouldContain(e => e.Kind == "death" && e.Title == "Marten’s brother’s death", Show(events));
    }
}
