using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// An undated telling ("The Ministers signed a Memorandum of Understanding") in an article written on the day another
/// article dates that kind of event ("met in Graz on 14 May, signed a memorandum"), where the two people the dated
/// telling names as taking part are what the undated article is about: one event, though the dated article's own story is
/// another (a court case). Articles written for these tests.
/// </summary>
public class NearStoryPersonsMergeTests
{
    private const string Communique =
        "JOINT COMMUNIQUÉ\n\nAt the invitation of Jakob Lindqvist, Minister of the Interior of Austria, Mirela Novakova, Minister of Environment of Slovakia, paid a working visit to Graz. "
        + "Jakob Lindqvist and Mirela Novakova held talks on the pollution of the Mur river.\n\n"
        + "The Ministers signed a Memorandum of Understanding on the real-time exchange of river data.\n\n"
        + "Mirela Novakova invited Jakob Lindqvist to visit Slovakia.";

    private const string Note =
        "RIVER RISK NOTE\n\nThe trial of Hornbach Metals opened in Bratislava on Monday, where the Bratislava Regional Court heard the prosecutors of Slovakia. "
        + "The European Commission is following the Hornbach Metals case.\n\n"
        + "- Interior Minister Jakob Lindqvist and Slovakia's environment minister, Mirela Novakova, met in Graz on 14 May, signed a memorandum on sharing river data and agreed to meet again in September.\n\n"
        + "The Bratislava Regional Court will rule on Hornbach Metals in June.";

    [Fact]
    public void The_undated_signing_of_the_two_people_a_dated_signing_names_is_that_signing()
    {
        var events = Link(("communique", "2027-05-14", Communique), ("note", "2027-05-24", Note));
        events.Where(e => e.Kind == "agreement" && e.Articles.Length == 2).ShouldHaveSingleItem(Describe(events)).Date.ToString().ShouldBe("2027-05-14");
    }

    [Fact]
    public void Written_weeks_after_the_dated_signing_it_stays_apart()
    {
        var events = Link(("communique", "2027-07-14", Communique), ("note", "2027-07-24", Note));
        events.Where(e => e.Kind == "agreement" && e.Articles.Length == 2).ShouldBeEmpty(Describe(events));
    }
}
