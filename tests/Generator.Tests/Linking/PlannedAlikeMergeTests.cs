using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// Two previews of one story's event in the same month, called alike by both writers ("an extraordinary session" in
/// September), are one event even when one of them names neither its place nor who takes part: few such events are still
/// to come. Called otherwise ("a budget session"), they stay apart. The two countries here are named by every article of
/// the site, so they are no distinctive story of their own. Short articles written for these tests.
/// </summary>
public class PlannedAlikeMergeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} ({string.Join(",", e.Articles)})"));

    private const string Statement = "Joint statement\n\n1. The ministers of fisheries of Norway and Iceland met in Bodø on 14 May 2026.\n\n"
        + "2. The Ministers agreed to convene an extraordinary session of the Norwegian-Icelandic Joint Commission on Fish Stocks in Tromsø in September 2026.\n\n"
        + "3. Norway and Iceland will exchange catch data every month.";

    private static string Note(string session) => "Fisheries note\n\n- The two ministers agreed to hold " + session + " of the two countries' joint fisheries commission in September.\n"
        + "- Norway and Iceland still disagree on the mackerel quota, and Norway and Iceland have not set a date for quota talks.";

    private const string Accord = "Whaling accord\n\nNorway and Iceland signed a whaling accord in Reykjavik on 2 March 2026. Norway and Iceland had negotiated it for two years.";

    private const string Strike = "Ferry strike\n\nFerry crews in Norway went on strike on 9 April 2026, stranding travellers bound for Iceland. Iceland and Norway share the route.";

    [Fact]
    public void Two_previews_of_an_extraordinary_session_in_one_month_are_one_event()
    {
        var events = EventsOf(("2026-05-14", Statement), ("2026-05-24", Note("an extraordinary session")), ("2026-03-03", Accord), ("2026-04-10", Strike));
        events.Where(e => e.Date?.ToString() == "2026-09").ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(2, Show(events));
    }

    [Fact]
    public void A_session_called_otherwise_stays_apart()
    {
        var events = EventsOf(("2026-05-14", Statement), ("2026-05-24", Note("a budget session")), ("2026-03-03", Accord), ("2026-04-10", Strike));
        events.Where(e => e.Date?.ToString() == "2026-09").Count().ShouldBe(2, Show(events));
    }
}
