using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Games told by their score ("drew 2-2", "beat Vesta 3-1", "a 1-0 win") and the return match still to be played are
/// events; winning a vote or an election, or a tally of votes, is no game. Sentences written for these tests.
/// </summary>
public class MatchResultTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Two_teams_that_drew_on_a_day_played_a_match_that_day()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Football\n\nNorland and Vesta drew 2-2 in front of a full house at Kessel Arena on Sunday."));
        events.ShouldContain(e => e.Kind == "match" && e.Date.ToString() == "2026-08-16" && e.Status == EventStatus.Happened, Show(events));
    }

    [Fact]
    public void Watching_two_teams_draw_or_one_team_beat_another_is_a_match()
    {
        var watched = EventReadingTests.EventsOf(("2026-08-20", "Diplomacy\n\nThe next day the two ministers watched the national teams draw 0-0 at Kessel Arena."));
        watched.ShouldContain(e => e.Kind == "match", Show(watched));
        var beat = EventReadingTests.EventsOf(("2026-08-20", "Football\n\nVesta beat Norland 3-1 in Orvik on Tuesday."));
        beat.ShouldContain(e => e.Kind == "match" && e.Date.ToString() == "2026-08-18", Show(beat));
    }

    [Fact]
    public void The_return_match_to_be_played_somewhere_in_a_month_is_planned()
    {
        var events = EventReadingTests.EventsOf(("2026-03-20", "Football\n\nThe return match will be played in Orvik in June."));
        events.ShouldContain(e => e.Kind == "match" && e.Date.ToString() == "2026-06" && e.Status == EventStatus.Planned, Show(events));
    }

    [Fact]
    public void Winning_a_vote_or_a_tally_of_votes_is_no_match()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Senate\n\nThe governor won the vote on Tuesday. The bill won 52-48 in the Senate on Monday, and the amendment lost 12-9 votes."));
        events.ShouldNotContain(e => e.Kind == "match", Show(events));
    }
}
