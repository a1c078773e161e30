namespace BriefingSite.Tests.Linking;

/// <summary>
/// A visit told in one article is often the talks or meeting another article tells (the guest visits, the host hosts):
/// they merge when someone takes part in both, and visits of different people stay apart.
/// </summary>
public class VisitMergeTests
{
    private const string Preview = "Norway's prime minister to visit Poland\n\nNorwegian Prime Minister Ingrid Solberg is expected to discuss energy with Polish President Marek Nowicki when she visits Warsaw later this month, officials said.";

    [Fact]
    public void A_visit_in_one_article_and_the_talks_its_host_holds_in_another_are_one_event()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-05-02", Preview),
            ("2026-05-12", "Polish President Marek Nowicki will host Norwegian Prime Minister Ingrid Solberg in Warsaw on May 20 for talks on gas pipelines, his office said on Tuesday."));
        var talks = events.Where(e => e.Kind == "talks").ShouldHaveSingleItem(Show(events));
        talks.Articles.Length.ShouldBe(2, Show(events));
        talks.Date.ToString().ShouldBe("2026-05-20");
        talks.Planned.ShouldBeTrue();
        talks.Actors.ShouldContain("ingrid-solberg");
        talks.Actors.ShouldContain("marek-nowicki");
    }

    [Fact]
    public void Visits_of_two_people_to_one_city_in_one_month_stay_apart()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-05-02", Preview),
            ("2026-05-13", "Dutch Foreign Minister Pieter de Graaf visited Warsaw on Monday, his ministry said."));
        var visits = events.Where(e => e.Kind == "visit").ToList();
        visits.Count.ShouldBe(2, Show(events));
        visits.ShouldAllBe(v => v.Articles.Length == 1, Show(events));
        visits.Single(v => v.Actors.Contains("ingrid-solberg")).Planned.ShouldBeTrue(Show(events));
    }

    [Fact]
    public void An_undated_trip_stays_apart_from_a_meeting_its_traveller_attends_elsewhere()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2026-09-07", "Canadian Defence Minister Marc Tremblay will make his first trip to the African Union, his office said."),
            ("2026-09-10", "Marc Tremblay met African Union Commission chairperson Amina Diallo at the African Union headquarters in Addis Ababa on Wednesday."));
        events.ShouldContain(e => e.Kind == "visit" && e.Articles.Length == 1 && e.Planned, Show(events));
        events.ShouldContain(e => e.Kind == "meeting" && e.Articles.Length == 1 && !e.Planned, Show(events));
    }

    private static string Show(IEnumerable<Model.Event> events) =>
        string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] in {string.Join(",", e.Articles)}"));
}
