namespace BriefingSite.Tests.Linking;

/// <summary>
/// A past event one article dates by its year and another does not date at all lies outside the window of days merging
/// compares: within one story it still merges when the place says it is one event, and events of a story that only
/// share actors stay apart.
/// </summary>
public class FarReferenceMergeTests
{
    private static string Show(IEnumerable<Model.Event> events) =>
        string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} in {string.Join(",", e.Articles)}"));

    [Fact]
    public void A_massacre_dated_by_its_year_in_one_article_and_undated_in_another_is_one_event()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2011-03-02", "Chile presses Argentina on fishing\n\nChilean Foreign Minister Rosa Vidal met Argentine Foreign Minister Tomás Ibarra in Santiago on Tuesday. Vidal told Ibarra that relations have never fully recovered from the 1978 bombing in Puerto Williams."),
            ("2011-03-09", "Chile and Argentina talk fish\n\nRosa Vidal and Tomás Ibarra will meet again in Buenos Aires next month. Chilean fishermen still remember the bombing in Puerto Williams, Vidal told Ibarra."));
        var shelling = events.Where(e => e.Kind == "attack").ShouldHaveSingleItem(Show(events));
        shelling.Articles.Length.ShouldBe(2, Show(events));
        shelling.Date.ToString().ShouldBe("1978");
    }

    [Fact]
    public void Two_nominations_of_one_story_months_apart_stay_apart()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-02-10", "Governor picks judge\n\nGovernor Laura Dent of Oregon announced the nomination of judge Paul Kerr to the state supreme court. Laura Dent said Paul Kerr was the best choice."),
            ("2026-09-15", "Governor's second pick\n\nGovernor Laura Dent of Oregon announced in 2026 the nomination of lawyer Ana Ruiz to the court of appeals. Laura Dent said Ana Ruiz was ready."));
        events.Where(e => e.Kind == "appointment").ShouldAllBe(e => e.Articles.Length == 1, Show(events));
    }
}
