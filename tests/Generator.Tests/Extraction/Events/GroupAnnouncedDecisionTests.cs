using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A decision announced by a body named by a common noun ("The ministry announced on Monday that it would close the
/// border") is an event as one announced by a named actor is, titled by that body. Sentences written for these tests.
/// </summary>
public class GroupAnnouncedDecisionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_body_named_by_a_common_noun_announces_a_decision()
    {
        var events = EventsOf(("2027-06-10", "Border\n\nThe ministry announced on Monday that it would close the border with Ruritania."));
        events.ShouldContain(e => e.Title.StartsWith("The ministry announced", StringComparison.Ordinal) && e.Date.ToString() == "2027-06-07", Show(events));
    }

    [Fact]
    public void What_a_company_announces_of_its_figures_is_no_decision()
    {
        var events = EventsOf(("2027-06-10", "Results\n\nThe company announced on Monday that profits would rise."));
        events.ShouldBeEmpty(Show(events));
    }
}
