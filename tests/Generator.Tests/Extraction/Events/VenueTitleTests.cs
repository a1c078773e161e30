using BriefingSite.Extraction.Events;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>An event's title ends where it was: "at" a building or a venue, "in" a city or a country, and by the city when both are told.</summary>
public class VenueTitleTests
{
    [Theory]
    [InlineData("Marlow Civic Arena", " at Marlow Civic Arena")]
    [InlineData("Kestrel University", " at Kestrel University")]
    [InlineData("St Oda Cathedral", " at St Oda Cathedral")]
    [InlineData("Brenville", " in Brenville")]
    [InlineData("Brenville, Harcourt Hall", " in Brenville, Harcourt Hall")]
    [InlineData("Blue House", " at the Blue House")]
    public void A_venue_takes_at_and_a_city_in(string place, string expected) => EventTitles.At(place).ShouldBe(expected);

    [Fact]
    public void No_place_adds_nothing() => EventTitles.At(null).ShouldBe("");

    [Fact]
    public void A_scheduled_occasion_at_a_venue_is_titled_at_it()
    {
        var events = EventReadingTests.EventsOf(("2031-03-02", "Forum format\n\nAccording to organizers, the closing forum is still scheduled for March 20 at Kestrel University in Brenville."));
        events.Select(e => e.Title).ShouldContain("Closing forum at Kestrel University");
    }
}
