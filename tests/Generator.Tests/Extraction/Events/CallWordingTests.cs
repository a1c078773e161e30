namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Calls told in ordinary news wording: named people who said or exchanged something "in a phone call", and "the two"
/// who spoke on a given day. Speaking "on condition of anonymity" or "on the need for" something is no call. Sentences
/// written for these tests.
/// </summary>
public class CallWordingTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Named_people_who_exchanged_words_in_a_phone_call_had_that_call()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Andes row\n\nForeign Minister Ana Prieto and Peruvian Foreign Minister Jorge Salas exchanged sharp words in a phone call."));
        events.ShouldContain(e => e.Kind == "call" && e.Title == "Prieto–Salas phone call", Show(events));
    }

    [Fact]
    public void The_two_who_spoke_on_a_day_had_a_conversation_that_day()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Andes row\n\nThe two leaders last spoke on May 5, before the incident."));
        events.ShouldContain(e => e.Kind == "call" && e.Date.ToString() == "2026-05-05", Show(events));
    }

    [Fact]
    public void Speaking_on_a_condition_or_a_subject_is_no_call()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Andes row\n\nThe two spoke on condition of anonymity.\n\nBoth spoke on the need for calm."));
        events.ShouldNotContain(e => e.Kind == "call", Show(events));
    }
}
