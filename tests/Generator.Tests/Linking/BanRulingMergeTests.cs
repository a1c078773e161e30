namespace BriefingSite.Tests.Linking;

/// <summary>
/// One body's ban on a person is told as a ban in one article ("the Disciplinary Tribunal banned cyclist X for two years")
/// and as that body's ruling in another ("the Tribunal's ruling in June against X"): they merge when both name the person and the
/// body, and stay apart when the ruling is another's (a court's ruling on a person a federation banned). Short articles
/// written for these tests.
/// </summary>
public class BanRulingMergeTests
{
    private const string Podcast = "Doping cases this week\n\nLast Thursday the Cycling Disciplinary Tribunal banned Peruvian cyclist Rodrigo Quispe Mamani for two years for testosterone. "
        + "Quispe Mamani had denied doping.";

    [Fact]
    public void A_bodys_ban_on_a_person_and_its_ruling_against_him_are_one_event()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2027-06-14", Podcast),
            ("2027-09-02", "Sprinter cleared\n\nThe Cycling Disciplinary Tribunal cleared the sprinter Ana Torres of doping on Monday. The decision follows the Tribunal's ruling in June against the Peruvian cyclist Rodrigo Quispe Mamani, and it is consistent with it."));
        var ruling = events.Where(e => e.Articles.Length == 2).ShouldHaveSingleItem(Show(events));
        ruling.Actors.ShouldContain("rodrigo-quispe-mamani", Show(events));
        ruling.Date.ToString().ShouldBe("2027-06-10", Show(events));
    }

    [Fact]
    public void Another_bodys_ruling_on_the_banned_person_stays_apart()
    {
        var events = Extraction.Events.EventReadingTests.EventsOf(
            ("2027-06-14", Podcast),
            ("2027-09-02", "Sprinter cleared\n\nA Lima court cleared the sprinter Ana Torres of fraud on Monday. The decision follows a criminal court's ruling in June against the Peruvian cyclist Rodrigo Quispe Mamani, and it is consistent with it."));
        events.ShouldAllBe(e => e.Articles.Length == 1, Show(events));
    }

    private static string Show(IEnumerable<Model.Event> events) =>
        string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] in {string.Join(",", e.Articles)}"));
}
