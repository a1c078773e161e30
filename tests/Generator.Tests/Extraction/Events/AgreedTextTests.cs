using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Agreeing on a text is an agreement of its own, dated as the meeting it was agreed at when the verbs share a subject;
/// the day an agreed act starts ("agreed to reopen the crossing from 20 March") is not the day of the agreeing.
/// Sentences written for these tests.
/// </summary>
public class AgreedTextTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Agreeing_the_final_text_after_a_meeting_is_an_agreement_of_the_meeting_s_day()
    {
        var events = EventsOf(("2026-12-01", "Fishing\n\nThe chief negotiators of Chile and Peru met in Lima on 12 November and agreed the final text of a treaty on fishing."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-11-12", Show(events));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2026-11-12" && e.Status == EventStatus.Happened, Show(events));
    }

    [Fact]
    public void The_day_an_agreed_act_starts_does_not_date_the_agreeing()
    {
        var events = EventsOf(("2026-04-02", "Border\n\nOn 12 March, the interior ministers of Chile and Peru met in Tacna and agreed to reopen the Chacalluta crossing to lorries from 20 March."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2026-03-12", Show(events));
        events.ShouldNotContain(e => e.Date.ToString() == "2026-03-20", Show(events));
    }
}
