namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An act told in the passive without a date is an event when a named actor is its patient or its agent; a pronoun
/// patient with an agent that is no actor tells too little. Sentences written for these tests.
/// </summary>
public class UndatedPassiveTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_named_company_sold_in_the_passive_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-02-10", "Oil sale\n\nBut Gazprom was auctioned to help pay off its debts to the state."));
        events.ShouldContain(e => e.Title.StartsWith("Gazprom was auctioned"), Show(events));
    }

    [Fact]
    public void A_relative_clause_bought_by_a_named_actor_is_that_actor_buying_the_noun_it_hangs_on()
    {
        var events = EventReadingTests.EventsOf(("2026-02-10", "Oil sale\n\nIt was sold for $3bn to an obscure trading firm, which was in turn bought up within days by Rosneft."));
        events.ShouldContain(e => e.Title == "Rosneft bought up an obscure trading firm", Show(events));
        events.Count.ShouldBe(1, Show(events));
    }

    [Fact]
    public void A_pronoun_patient_or_an_agent_that_is_no_actor_makes_no_event()
    {
        var events = EventReadingTests.EventsOf(("2026-02-10", "Oil sale\n\nIt was sold for $3bn to an obscure trading firm.\n\nThe old warehouse was sold by a local family.\n\nYour brother was banned by the club."));
        events.ShouldBeEmpty(Show(events));
    }
}
