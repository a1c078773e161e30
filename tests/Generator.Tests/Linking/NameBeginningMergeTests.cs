using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A name and its beginning cut before a joining word ("the Accord" and "the Accord on Access") are one name when the
/// shorter telling's words are all the longer one's; another accord whose name begins alike ("the Accord on Fishing
/// Quotas") stays apart. Short articles written for these tests.
/// </summary>
public class NameBeginningMergeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} ({string.Join(",", e.Articles)})"));

    private const string Report = "Danube deal signed\n\nAustria and Hungary signed the Accord on Access to River Data in Vienna on 3 June. Austria called it a start, and Hungary agreed.";

    private static string Live(string accord) => $"Live: Danube talks\n\nSIGNED. The {accord}, signed by the ministers of Austria and Hungary in Vienna on 3 June, opens gauges to both. "
        + "Hungary said the text would be published. Austria thanked Hungary.";

    [Fact]
    public void A_name_and_its_beginning_told_in_the_same_words_are_one_event()
    {
        var events = EventsOf(("2026-06-05", Report), ("2026-06-04", Live("Accord on Access to River Data")));
        events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(2, Show(events));
    }

    [Fact]
    public void Another_accord_whose_name_begins_alike_stays_apart()
    {
        var events = EventsOf(("2026-06-05", Report), ("2026-06-04", Live("Accord on Fishing Quotas")));
        events.Where(e => e.Kind == "agreement" && e.Articles.Length == 2).ShouldBeEmpty(Show(events));
    }
}
