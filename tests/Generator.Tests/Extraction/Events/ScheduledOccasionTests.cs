using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Whatever a clause says is scheduled, set or slated for a day or a month to come is a planned occasion, named by the noun
/// phrase before the verb; a phrase with no day or month after "for", a person and a price are none. Sentences written
/// for these tests.
/// </summary>
public class ScheduledOccasionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} {e.Place}"));

    [Fact]
    public void A_debate_still_scheduled_for_a_day_is_a_planned_occasion_at_its_place()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Rivals clash\n\nThe final debate is still scheduled for October 22 at Harlow University in Tarvin."));
        events.ShouldContain(e => e.Title.StartsWith("Final debate") && e.Date.ToString() == "2026-10-22" && e.Planned && e.Place == "Harlow University", Show(events));
    }

    [Fact]
    public void A_poll_which_is_scheduled_for_next_month_is_planned_for_that_month()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Candidate out\n\nMarta Kowal will not stand in the national poll, which is scheduled for next month."));
        events.ShouldContain(e => e.Title == "National poll" && e.Date.ToString() == "2026-09" && e.Planned, Show(events));
    }

    [Fact]
    public void A_patrol_slated_for_a_month_is_named_by_its_head_noun()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Sea border\n\nThe first joint naval patrol along the new boundary is slated for October 2026."));
        events.ShouldContain(e => e.Title == "First joint naval patrol" && e.Date.ToString() == "2026-10" && e.Planned, Show(events));
    }

    [Fact]
    public void A_note_mark_after_the_sentence_before_does_not_join_it_to_the_phrase()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Sea border\n\nThe dispute had been followed by the 2015 flood.[4] The first joint river patrol along the new line is scheduled for October 2026.[5]"));
        events.ShouldContain(e => e.Title == "First joint river patrol" && e.Date.ToString() == "2026-10" && e.Planned, Show(events));
    }

    [Fact]
    public void A_stage_set_for_a_showdown_or_a_price_set_for_a_month_is_no_occasion()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Markets\n\nThe stage is set for a showdown between the two parties. The new price is set for September 1."));
        events.ShouldBeEmpty(Show(events));
    }
}
