using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A date set off by commas after a clause and before an "and" ("joined the city's fire brigade at 20, in 1980, and never
/// left") dates the clause before it, also past a name set off after its object ("the mine's operator, Andes Cobre SA,
/// on 3 May 2026, and"). Sentences written for these tests.
/// </summary>
public class TrailingDateTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_date_between_commas_before_and_dates_the_clause_before_it()
    {
        var events = EventsOf(("2026-03-10", "Profile\n\nBorn in Lima in 1960, the daughter of a miner, Rosa Quispe joined the city's fire brigade at 20, in 1980, and never left."));
        events.ShouldContain(e => e.Title.Contains("joined the city's fire brigade", StringComparison.Ordinal) && e.Date.ToString() == "1980", Show(events));
    }

    [Fact]
    public void A_name_set_off_after_the_object_stands_between_the_clause_and_its_date()
    {
        var events = EventsOf(("2026-05-10", "Mine\n\nThe ministry said that Peru's Water Authority suspended the licence of the mine's operator, Andes Cobre SA, on 3 May 2026, and that the river was closed to fishing."));
        events.ShouldContain(e => e.Title.Contains("suspended the licence", StringComparison.Ordinal) && e.Date.ToString() == "2026-05-03", Show(events));
    }
}
