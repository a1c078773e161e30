using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// References to a past agreement by its year alone ("the 2019 treaty") in several articles of one story, on articles
/// written for these tests: one agreement when nothing tells them apart, two when an article or a modifier does.
/// </summary>
public class YearReferenceTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} ({string.Join(",", e.Articles)})"));

    private const string Report = "Ghana and Togo to reopen fishing talks\n\nACCRA, May 10 - Ghana and Togo will reopen talks on fishing rights, officials said on Friday. "
        + "Ghana and Togo signed a maritime boundary treaty in Lomé on June 4, 2019, after a decade of disputes.\n\n"
        + "Ghana's fisheries minister, Kofi Mensah, said Togo had kept its side of the bargain.";

    private const string Feature = "On the beach at Aflao\n\nFishermen on the border say the 2019 treaty between Ghana and Togo has not kept Togolese trawlers out of Ghanaian waters. "
        + "\"We were promised patrols,\" said Ama Owusu, who sells fish in Aflao.\n\nKofi Mensah, the minister, says Ghana will raise the patrols with Togo.";

    [Fact]
    public void A_reference_by_year_joins_the_agreement_another_article_of_the_story_dates()
    {
        var events = EventsOf(("2026-05-10", Report), ("2026-05-14", Feature));
        var treaty = events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events));
        treaty.Articles.Length.ShouldBe(2, Show(events));
        treaty.Date.ToString().ShouldBe("2019-06-04");
    }

    [Fact]
    public void An_article_telling_two_agreements_of_that_year_apart_leaves_the_reference_alone()
    {
        var feature = Feature.Replace("has not kept", "and a fisheries agreement signed by the two governments in 2019 have not kept");
        var events = EventsOf(("2026-05-10", Report), ("2026-05-14", feature));
        events.Count(e => e.Kind == "agreement").ShouldBeGreaterThanOrEqualTo(2, Show(events));
        events.ShouldNotContain(e => e.Kind == "agreement" && e.Articles.Length > 1, Show(events));
    }

    [Fact]
    public void A_reference_of_another_sort_of_agreement_stays_apart()
    {
        var feature = Feature.Replace("the 2019 treaty", "the 2019 trade deal");
        var events = EventsOf(("2026-05-10", Report), ("2026-05-14", feature));
        events.ShouldNotContain(e => e.Kind == "agreement" && e.Articles.Length > 1, Show(events));
    }

    [Fact]
    public void References_in_articles_about_other_actors_stay_apart()
    {
        var other = "Chile and Peru review navy pact\n\nChile and Peru said on Monday they would review the 2019 treaty on naval notifications. "
            + "Chile's navy chief said Peru had been informed.";
        var events = EventsOf(("2026-05-10", Report), ("2026-05-14", other));
        events.ShouldNotContain(e => e.Kind == "agreement" && e.Articles.Length > 1, Show(events));
    }
}
