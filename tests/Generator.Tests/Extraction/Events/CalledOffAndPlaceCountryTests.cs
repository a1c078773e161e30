using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An occasion the text says was cancelled or called off never happened, so it stays planned; a country after a place's
/// name ("of Perm Krai, Russia took place") is no subject of its own; an occasion found without an event word takes its
/// kind from its head noun ("Final debate" is a debate). Sentences written for these tests.
/// </summary>
public class CalledOffAndPlaceCountryTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} {e.Place}"));

    [Fact]
    public void A_debate_of_a_past_year_that_was_cancelled_is_not_happened()
    {
        var events = EventReadingTests.EventsOf(("2026-05-10", "Row over debate\n\nIn 2019 a debate between Tom Harlan and Lisa Varga was also cancelled when a format could not be agreed."));
        var debate = events.ShouldHaveSingleItem(Show(events));
        debate.Date.ToString().ShouldBe("2019");
        debate.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_dated_visit_that_was_called_off_is_not_happened_but_one_held_after_a_postponement_is()
    {
        var events = EventReadingTests.EventsOf(("2026-05-10", "Diplomacy\n\nThe visit of President Ana Ruiz to Lima on April 2 was called off. The Oslo summit, which had been postponed twice, was held on Monday."));
        events.ShouldContain(e => e.Kind == "visit" && e.Date.ToString() == "2026-04-02" && e.Status == EventStatus.Planned, Show(events));
        events.ShouldContain(e => e.Kind == "summit" && e.Date.ToString() == "2026-05-04" && e.Status == EventStatus.Happened, Show(events));
    }

    [Fact]
    public void An_announcement_that_an_occasion_was_cancelled_stays_happened()
    {
        var events = EventReadingTests.EventsOf(("2026-05-10", "Debate off\n\nThe regional electoral commission announced on Friday new rules after the second televised debate between Governor Tom Harlan and Senator Lisa Varga, which was slated for May 20, has been cancelled."));
        events.ShouldNotContain(e => e.Kind == "announcement" && e.Status == EventStatus.Planned, Show(events));
    }

    [Fact]
    public void A_country_after_a_places_name_is_not_the_subject_of_took_place()
    {
        var events = EventReadingTests.EventsOf(("2026-05-10", "Chess\n\nThe third International Student Chess Cup for the prize of the Governor of Perm Krai, Russia took place in the first week of April at the Regional Chess Club in Perm."));
        events.ShouldNotContain(e => e.Title.StartsWith("Russia", StringComparison.Ordinal), Show(events));
        events.ShouldContain(e => e.Title.StartsWith("Third International Student Chess Cup", StringComparison.Ordinal) && e.Date.ToString() == "2026-04", Show(events));
    }

    [Fact]
    public void A_scheduled_occasion_takes_the_kind_its_head_noun_names()
    {
        var events = EventReadingTests.EventsOf(("2026-05-12", "Debate later\n\nThe final debate is still scheduled for June 22 at Harlow Hall in Tarvin."));
        events.ShouldHaveSingleItem(Show(events)).Kind.ShouldBe("debate");
    }
}
