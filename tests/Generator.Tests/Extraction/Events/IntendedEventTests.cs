using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// What someone hopes, intends, plans or is due to do, or has yet to do, is a planned event of the verb's kind; a clause
/// that denies it, or an intention nobody holds, is none. Sentences written for these tests.
/// </summary>
public class IntendedEventTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Theory]
    [InlineData("The finance minister of Ghana said he hopes to announce a debt deal with creditors.", "announcement")]
    [InlineData("Lawyers said the Ghanaian government intends to appeal the ruling.", "appeal")]
    [InlineData("Forty more lorries are due to leave for Goma with food aid.", "departure")]
    [InlineData("The Parliament of Ghana has yet to ratify the fisheries treaty.", "ratification")]
    [InlineData("The Norwegian trade minister expects the export ban to be lifted within weeks, though he expects it to be lifted slowly.", "lifting")]
    public void An_intended_deed_is_a_planned_event_of_its_kind(string sentence, string kind)
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Outlook\n\n" + sentence));
        events.ShouldContain(e => e.Kind == kind && e.Status == EventStatus.Planned, Show(events));
    }

    [Fact]
    public void A_denied_intention_is_no_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Outlook\n\nThe Ghanaian government does not intend to appeal the ruling, its lawyers said."));
        events.ShouldNotContain(e => e.Kind == "appeal", Show(events));
    }

    [Fact]
    public void An_intention_nobody_holds_is_no_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Outlook\n\nIt is always costly to plan to appeal a ruling of that kind."));
        events.ShouldBeEmpty(Show(events));
    }
}
