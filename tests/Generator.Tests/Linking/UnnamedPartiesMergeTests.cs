using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A telling that names nobody ("a joint exercise of ground brigades is planned for March") in an article about two
/// countries is the telling of another article that names those countries as its parties ("the Peru-Ecuador joint
/// exercise is due to take place in March"), when the two are of one kind, dated alike and called alike; a telling whose
/// parties the first article is not about stays apart. Short articles written for these tests.
/// </summary>
public class UnnamedPartiesMergeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] ({string.Join(",", e.Articles)})"));

    private const string Pact = "Peru and Ecuador sign border fire pact\n\nPeru and Ecuador signed a memorandum on border fires in Tumbes on Monday. "
        + "Peru will send two air tankers and Ecuador will open its airfields to them. A joint exercise of ground brigades and aircraft is planned for March. "
        + "Officials in Peru said the text was the first of its kind, and Ecuador's government called it overdue.";

    private static string Report(string parties) => "Border fires: the toll\n\nThe fires burned 9,000 hectares in Peru and Ecuador in January, a report said today. "
        + $"The {parties} joint exercise of brigades and aircraft is due to take place in March near Zumba. "
        + "Peru lost 40 homes and Ecuador 12, the report said.";

    // Other articles about Peru and Ecuador: the two countries tell no story apart on this site, so only the parties named count.
    private static (string, string)[] Others() => [.. new[] { "Lima", "Quito", "Cuenca", "Piura" }.Select((city, k) => ($"2027-01-0{k + 2}",
        $"Talks in {city}\n\nPeru and Ecuador held talks in {city} on Monday. Peru wants a new road and Ecuador wants a new bridge, officials of Peru and Ecuador said."))];

    [Fact]
    public void A_telling_that_names_nobody_joins_one_naming_its_articles_main_actors()
    {
        var events = EventsOf([.. Others(), ("2027-01-20", Pact), ("2027-02-10", Report("Peru-Ecuador"))]);
        var drill = events.Where(e => e.Kind == "exercise").ShouldHaveSingleItem(Show(events));
        drill.Articles.Length.ShouldBe(2, Show(events));
        drill.Date.ToString().ShouldBe("2027-03");
    }

    [Fact]
    public void A_telling_whose_parties_the_other_article_is_not_about_stays_apart()
    {
        var events = EventsOf([.. Others(), ("2027-01-20", Pact), ("2027-02-10", Report("Brazil-Colombia"))]);
        events.Where(e => e.Kind == "exercise" && e.Articles.Length == 2).ShouldBeEmpty(Show(events));
    }
}
