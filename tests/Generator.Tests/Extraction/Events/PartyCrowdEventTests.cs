using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>A party named by a crowd of its members ("118 Republicans") is no doer of the event its sentence tells (EventExtractor's crowds).</summary>
public class PartyCrowdEventTests
{
    [Fact]
    public void Members_counted_in_a_clause_before_the_verb_do_not_cast_the_vote()
    {
        var events = EventReadingTests.EventsOf(("2027-01-04", "Speaker chosen\n\nThe members of the House of Representatives in Washington, who include 230 Democrats and 205 Republicans, voted for Tess Orlin to serve as Speaker."));
        events.ShouldNotContain(e => e.Actors.Contains("republican-party") || e.Actors.Contains("democratic-party"),
            string.Join(" / ", events.Select(e => $"'{e.Title}' [{string.Join(", ", e.Actors)}]")));
    }
}
