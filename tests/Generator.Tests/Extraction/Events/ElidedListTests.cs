using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A list of names each with a date, after an event dated by the first, is one event per item ("visited Lumo on 3 May,
/// Sarna on 9 May and Tiva on 14 May"); a name and a day that open a clause of their own make no item. Sentences written for these tests.
/// </summary>
public class ElidedListTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} {e.Place}"));

    [Fact]
    public void Each_place_with_its_day_after_a_dated_visit_is_a_visit_of_its_own()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Tour\n\nThe envoy Hanna Roel visited Lumo on 3 May, Sarna on 9 May and Tiva on 14 May."));
        var visits = events.Where(e => e.Kind == "visit").ToList();
        string.Join(",", visits.Select(e => e.Date.ToString()).Order()).ShouldBe("2026-05-03,2026-05-09,2026-05-14", Show(events));
        visits.ShouldContain(e => e.Date.ToString() == "2026-05-14" && e.Place == "Tiva", Show(events));
    }

    [Fact]
    public void Outbreaks_declared_in_one_place_after_another_are_one_declaration_each()
    {
        var events = EventReadingTests.EventsOf(("2026-12-20", "Cholera\n\nIn 2026, outbreaks of cholera were declared by health ministries in Ostria first on 6 February, Velland on 22 March, and Karsk on 8 April."));
        string.Join(",", events.Select(e => e.Date.ToString()).Order()).ShouldBe("2026-02-06,2026-03-22,2026-04-08", Show(events));
    }

    [Fact]
    public void A_name_and_a_day_that_open_a_clause_of_their_own_are_no_item()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Treaty\n\nThe treaty was signed in Lumo on 3 May, President Anton Odo on Tuesday said."));
        events.ShouldNotContain(e => e.Date != null && e.Date.ToString() == "2026-08-18", Show(events));
    }
}
