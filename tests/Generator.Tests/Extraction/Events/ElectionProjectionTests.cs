using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An election result told as the media tell it on the night: a candidate "was projected to have won", a news agency
/// "called" a state or the race "for" a candidate. Each is the candidate's projected win (Data/events.yml, with its
/// "[Name]" stand-in for a name). Sentences written for these tests.
/// </summary>
public class ElectionProjectionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_candidate_projected_by_the_networks_to_have_won_has_a_projected_win()
    {
        var events = EventsOf(("2031-11-05", "Governor's race\n\nToday, Senator Mara Quist was projected by several television networks to have won the governorship of Ohio."));
        events.ShouldContain(e => e.Kind == "projected win" && e.Title == "Quist’s projected win" && e.Date.ToString() == "2031-11-05", Show(events));
    }

    [Fact]
    public void An_agency_calling_a_state_for_a_candidate_projects_the_candidates_win()
    {
        var events = EventsOf(("2031-11-05", "Governor's race\n\nOn Tuesday the Associated Press called Wyoming for Mara Quist."));
        events.ShouldContain(e => e.Kind == "projected win" && e.Date.ToString() == "2031-11-04", Show(events));
    }

    [Fact]
    public void A_figure_projected_to_grow_or_a_call_for_talks_is_no_projection()
    {
        var events = EventsOf(("2031-11-05", "Outlook\n\nGrowth was projected to reach 3% on Monday, and the Finance Minister Ian Roe called for talks with the unions."));
        events.ShouldNotContain(e => e.Kind == "projected win", Show(events));
    }
}
