namespace BriefingSite.Tests.Linking;

/// <summary>
/// A convoy is told by its leaving: one article's "next convoy ... on 12 March" is another's trucks "due to leave" that
/// day, so a convoy and a departure are one family of events; convoys of other days stay apart.
/// </summary>
public class ConvoyMergeTests
{
    [Fact]
    public void A_convoy_in_one_article_and_the_departure_another_announces_for_its_day_are_one_event()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-03-09", "Aid corridor reopens\n\nThe World Food Programme said the next convoy from Kassala to Gedaref on 12 March would carry flour and medicine for Sudan."),
            ("2026-03-10", "Trucks wait at Kassala\n\nForty trucks of the World Food Programme are due to leave for Gedaref from Kassala on Thursday, Sudan's relief commission said."));
        var told = events.Where(e => e.Kind is "convoy" or "departure").ToList();
        told.ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(2, Show(events));
        told[0].Date.ToString().ShouldBe("2026-03-12");
    }

    [Fact]
    public void A_convoy_and_a_departure_of_other_days_stay_apart()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-03-09", "Aid corridor reopens\n\nThe World Food Programme said the next convoy from Kassala to Gedaref on 12 March would carry flour and medicine for Sudan."),
            ("2026-03-10", "Trucks wait at Kassala\n\nForty trucks of the World Food Programme are due to leave for Gedaref from Kassala on Sunday, Sudan's relief commission said."));
        var told = events.Where(e => e.Kind is "convoy" or "departure").ToList();
        told.Count.ShouldBe(2, Show(events));
        told.ShouldAllBe(e => e.Articles.Length == 1, Show(events));
    }

    private static string Show(IEnumerable<Model.Event> events) =>
        string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] in {string.Join(",", e.Articles)}"));
}
