namespace BriefingSite.Tests.Extraction.Events;

/// <summary>A firefight or an exchange of fire on a given day is an attack. Sentences written for these tests.</summary>
public class ExchangeOfFireTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Theory]
    [InlineData("Two border guards were wounded in an exchange of fire near Lake Prespa on Monday.")]
    [InlineData("Police said two gunmen died in a firefight with soldiers on Monday night.")]
    public void A_dated_exchange_of_fire_is_an_attack(string sentence)
    {
        var events = EventReadingTests.EventsOf(("2026-03-04", "Border\n\n" + sentence));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2026-03-02", Show(events));
    }
}
