using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// An appointment, swearing-in or death happens to one person at a time: two articles that share one person but each
/// name someone the other does not tell two such events ("the governor is to be replaced by the treasurer" and "the
/// governor appointed his chief of staff"), while two tellings of the same people stay one.
/// </summary>
public class AppointmentPersonsMergeTests
{
    private const string Succession = "Governor Daniel Ferreira of Aldeana said he would resign at the end of the month. Daniel Ferreira is set to be replaced by Marta Olivares, the state treasurer. Marta Olivares thanked Daniel Ferreira.";

    [Fact]
    public void Two_appointments_sharing_only_the_governor_stay_apart()
    {
        var events = Link(
            ("succession", "2026-03-02", Succession),
            ("secretary", "2026-03-09", "Before leaving office, Governor Daniel Ferreira appointed Tomás Aguilar, his chief of staff. Tomás Aguilar thanked Daniel Ferreira and Marta Olivares. Marta Olivares did not comment."));
        events.Where(e => e.Kind == "appointment" && e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
        events.Count(e => e.Kind == "appointment").ShouldBe(2, Describe(events));
    }

    [Fact]
    public void Two_tellings_of_one_succession_are_one_event()
    {
        var events = Link(
            ("succession", "2026-03-02", Succession),
            ("assembly", "2026-03-04", "Daniel Ferreira is set to be replaced by Marta Olivares, the assembly of Aldeana said. Marta Olivares met Daniel Ferreira."));
        events.Where(e => e.Kind == "appointment" && e.Articles.Length == 2).ShouldHaveSingleItem(Describe(events));
    }
}
