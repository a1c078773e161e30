using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Events the first rules left out, on short articles written for these tests: labour strikes, a death whose subject is
/// set off by an apposition, sanctions an actor imposed with no date, a second vote that "also failed", an attack dated
/// by its own noun phrase inside a wish, and a kind of event illustrated by "such as".
/// </summary>
public class LabourAndAppositionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_strike_of_workers_is_an_event_dated_by_its_clause()
    {
        var events = EventsOf(("2026-03-12", "Port news\n\nThe three-week strike by crane operators in Durban ended on Monday, the port authority said. Separately, the nurses' strike at Groote Schuur began on 2 March."));
        var strikes = events.Where(e => e.Kind == "protest").ToList();
        strikes.Count.ShouldBe(2, Show(events));
        string.Join(",", strikes.Select(e => e.Date.ToString()).Order(StringComparer.Ordinal)).ShouldBe("2026-03-02,2026-03-09", Show(events));
        strikes.ShouldAllBe(e => e.Title.Contains("strike", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_strike_begun_a_day_after_another_event_is_an_event_of_its_own()
    {
        var events = EventsOf(("2026-03-12", "Port news\n\nThe port authority met the unions in Mombasa on Tuesday. The talks came a day after dockers at the container terminal began a strike over unpaid wages."));
        events.ShouldContain(e => e.Kind == "protest" && e.Title == "Strike", Show(events));
    }

    [Fact]
    public void A_name_set_off_by_an_apposition_is_the_subject_of_the_verb_after_it()
    {
        var events = EventsOf(("2026-03-12", "Obituary\n\nIvo Marek, the Czech envoy who chaired two rounds of talks with Slovakia, died in Brno on Sunday. He was 81."));
        var death = events.Where(e => e.Kind == "death").ShouldHaveSingleItem(Show(events));
        death.Date.ToString().ShouldBe("2026-03-08");
        death.Actors.ShouldContain("ivo-marek");
    }

    [Fact]
    public void An_apposition_with_commas_of_its_own_still_leads_back_to_the_name()
    {
        var events = EventsOf(("2026-03-12", "Obituary\n\nOn Friday, Ivo Marek, previously the governor of the region of Moravia, Czech Republic, died."));
        events.Where(e => e.Kind == "death").ShouldHaveSingleItem(Show(events)).Actors.ShouldContain("ivo-marek");
    }

    [Fact]
    public void A_body_named_between_commas_is_the_subject_not_an_apposition_of_the_name_before()
    {
        var events = EventsOf(("2026-03-12", "Party news\n\nA group that once backed Ivo Marek, the Czech Pirate Party, nominated Jana Horakova for president on Sunday."));
        var nomination = events.Where(e => e.Kind == "appointment").ShouldHaveSingleItem(Show(events));
        nomination.Title.ShouldNotContain("Marek");
    }

    [Fact]
    public void Sanctions_an_actor_imposed_are_an_event_without_a_date_and_also_adds_another()
    {
        var events = EventsOf(("2026-03-12", "Junta isolated\n\nThe Arab League imposed sanctions on the junta's leaders in January. The European Union had also levied sanctions against the army chief."));
        events.Where(e => e.Kind == "sanctions").Count().ShouldBe(2, Show(events));
    }

    [Fact]
    public void A_vote_that_also_failed_is_a_second_vote()
    {
        var events = EventsOf(("2026-03-12", "Council chaos\n\nA vote to censure the mayor failed on Monday. The vote to dismiss the town clerk also failed."));
        events.Where(e => e.Kind == "election").Count().ShouldBe(2, Show(events));
    }

    [Fact]
    public void An_attack_dated_by_its_own_noun_phrase_happened_even_in_a_wish()
    {
        var events = EventsOf(("2026-03-12", "General warns rebels\n\nThe general said he would never accept attacks such as last Tuesday's ambush in the Kivu hills."));
        var attack = events.Where(e => e.Kind == "attack").ShouldHaveSingleItem(Show(events));
        attack.Date.ToString().ShouldBe("2026-03-10");
        attack.Status.ShouldBe(EventStatus.Happened);
        attack.Title.ShouldNotContain("Tuesday");
    }

    [Fact]
    public void A_kind_of_event_spoken_of_in_a_wish_is_still_no_event()
    {
        var events = EventsOf(("2026-03-12", "General warns rebels\n\nThe general said he would never accept attacks such as ambushes on convoys."));
        events.ShouldBeEmpty(Show(events));
    }
}
