using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Legal acts told by their verb phrase: an investigation opened, an indictment ordered, a moratorium begun by a named
/// actor; an investigation only spoken of is none. Sentences written for these tests.
/// </summary>
public class InvestigationAndIndictmentTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Prosecutors_who_opened_an_investigation_on_a_day_opened_one()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Spill\n\nThe Velland Prosecutor General opened a criminal investigation into the spill on Tuesday."));
        events.ShouldContain(e => e.Kind == "investigation" && e.Date.ToString() == "2026-08-18", Show(events));
        var none = EventReadingTests.EventsOf(("2026-08-20", "Spill\n\nAn investigation could take years, lawyers say."));
        none.ShouldNotContain(e => e.Kind == "investigation", Show(none));
    }

    [Fact]
    public void Prosecutors_who_ordered_the_indictment_of_defendants_indicted_them()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Spill\n\nOn 14 August, the Ostria Prosecutor's Office ordered the indictment of the mine's two managers."));
        events.ShouldContain(e => e.Kind == "indictment" && e.Date.ToString() == "2026-08-14", Show(events));
    }

    [Fact]
    public void A_country_that_has_begun_its_own_moratorium_has_imposed_one()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Debt\n\nThe creditors are divided, although Portugal has begun its own moratorium on the islands' repayments."));
        events.ShouldContain(e => e.Kind == "sanctions" && e.Title == "Portugal’s moratorium", Show(events));
    }
}
