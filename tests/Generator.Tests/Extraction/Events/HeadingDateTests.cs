using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>A diary's day headings date the items under them, until the next heading. Short articles written for these tests.</summary>
public class HeadingDateTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} at {e.Place}"));

    private const string Diary = "Diary: the week ahead\n\nOur editors pick the events of the week.\n\nTUESDAY 10 MARCH\n\n"
        + "- Lusaka: Zambia's Parliament votes on the mining royalties bill.\n\n- Harare: the finance ministers of SADC meet in Harare.\n\n"
        + "Thursday, 12 March\n\n- Gaborone: the energy ministers of SADC meet in Gaborone.\n\nFURTHER AHEAD\n\n- Maputo: the trade ministers of SADC meet in Maputo.";

    [Fact]
    public void Items_under_a_day_heading_take_its_date()
    {
        var events = EventReadingTests.EventsOf(("2026-03-07", Diary));
        events.ShouldContain(e => e.Kind == "election" && e.Date.ToString() == "2026-03-10" && e.Status == EventStatus.Planned, Show(events));
        events.ShouldContain(e => e.Place == "Harare" && e.Date.ToString() == "2026-03-10", Show(events));
        events.ShouldContain(e => e.Place == "Gaborone" && e.Date.ToString() == "2026-03-12", Show(events));
    }

    [Fact]
    public void A_heading_without_a_date_ends_the_day_above_it()
    {
        var events = EventReadingTests.EventsOf(("2026-03-07", Diary));
        events.ShouldContain(e => e.Place == "Maputo" && e.Date == null, Show(events));
    }

    [Fact]
    public void A_line_that_says_more_than_a_date_is_no_heading()
    {
        var events = EventReadingTests.EventsOf(("2026-03-07",
            "Notes\n\nTalks end 10 March\n\n- Harare: the finance ministers of SADC meet in Harare."));
        events.ShouldContain(e => e.Place == "Harare" && e.Date == null, Show(events));
    }

    [Fact]
    public void A_lone_dateline_under_the_title_is_no_day_heading()
    {
        var events = EventReadingTests.EventsOf(("2026-03-20",
            "Scientists report\n\nFriday, March 20, 2026\n\nThe finance ministers of SADC meet in Harare."));
        events.ShouldContain(e => e.Place == "Harare" && e.Date == null, Show(events));
    }
}
