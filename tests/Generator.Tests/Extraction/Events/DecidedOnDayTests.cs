using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "decided" and "agreed" tell of no deed in general ("agreed that the plan was sound"), but followed by a day and by "to"
/// or "that" they tell of a decision taken that day. Sentences written for these tests.
/// </summary>
public class DecidedOnDayTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Deciding_or_agreeing_on_a_day_to_do_something_is_a_decision_of_that_day()
    {
        var events = EventReadingTests.EventsOf(("2027-04-27", "Row\n\nThe Norwegian government decided on Monday to close its embassy in Brisk.\n\n"
            + "Prime Minister Anna Moll agreed on 19 April 2027 to extend the fishing scheme for a further year."));
        events.ShouldContain(e => e.Kind == "decision" && e.Title == "The Norwegian government decided to close its embassy in Brisk" && e.Date.ToString() == "2027-04-26", Show(events));
        events.ShouldContain(e => e.Title.StartsWith("Prime Minister Anna Moll agreed to extend") && e.Date.ToString() == "2027-04-19", Show(events));
    }

    [Fact]
    public void Deciding_in_a_month_not_to_do_something_or_that_one_would_is_a_decision_of_that_month()
    {
        var events = EventReadingTests.EventsOf(("2027-09-27", "Harbour\n\nThe Keldany Shipping Group decided in April 2026 not to invest any more in the Brisk yard.\n\n"
            + "Mayor Piet Oort decided in March he would stand down before the summer."));
        events.ShouldContain(e => e.Title.Contains("decided not to invest") && e.Date.ToString() == "2026-04", Show(events));
        events.ShouldContain(e => e.Title.StartsWith("Mayor Piet Oort decided") && e.Date.ToString() == "2027-03", Show(events));
    }

    [Fact]
    public void Agreeing_with_a_view_is_no_decision()
    {
        var events = EventReadingTests.EventsOf(("2027-04-27", "Row\n\nPrime Minister Anna Moll agreed on Monday with the critics of the fishing scheme."));
        events.ShouldNotContain(e => e.Title.Contains("agreed"), Show(events));
    }

    /// <summary>Text as found in the wild may open a sentence in lower case: a verb of four letters there is read, not a crash.</summary>
    [Fact]
    public void A_short_verb_opening_a_lower_case_sentence_before_a_day_is_read_without_error()
    {
        var events = EventReadingTests.EventsOf(("2027-04-27", "Row\n\nsaid on Tuesday that the Brisk yard would close.\n\nused on Monday to sell the yard."));
        events.ShouldNotContain(e => e.Kind == "decision", Show(events));
    }
}
