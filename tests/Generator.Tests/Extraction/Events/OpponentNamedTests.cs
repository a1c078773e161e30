using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An event noun followed by "against" and a named actor ("the first presidential debate against Joe Biden", "a friendly
/// match against Ecuador") names its other side, as "between" and "with" do: it is a particular event, undated or not. A
/// noun against no actor ("a match against time") is none. Sentences written for these tests.
/// </summary>
public class OpponentNamedTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}]"));

    [Fact]
    public void A_debate_against_a_named_rival_is_a_debate_between_the_two()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Campaign\n\nDonald Trump took part in the first presidential debate against his rival Joe Biden."));
        events.ShouldContain(e => e.Kind == "debate" && e.Actors.Contains("joe-biden") && e.Actors.Contains("donald-trump"), Show(events));
    }

    [Fact]
    public void A_match_against_nobody_named_is_no_event()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Campaign\n\nDonald Trump said the presidential debate against time was a race he could not win."));
        events.ShouldNotContain(e => e.Kind == "debate", Show(events));
    }

    [Fact]
    public void A_lawsuit_against_a_named_actor_keeps_apart_from_the_trial_the_sentence_tells()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Verdict\n\nA jury convicted Paul Rimsky, who represented Anna Velde in her lawsuit against Donald Trump. The trial was held in Manhattan."));
        events.ShouldContain(e => e.Kind == "trial" && e.Place == "Manhattan" && !e.Actors.Contains("donald-trump"), Show(events));
    }
}
