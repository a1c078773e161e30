using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Event words of generator/Data/events.yml for what humanitarian, court and labour news tell (convoys, passive agreements,
/// a vehicle coming under fire, strikes, filings, closures and reopenings, a body convened), a kind of the vocabulary's own
/// naming its event, and a session "called ... for" a day, on short articles written for these tests.
/// </summary>
public class MovementAndFilingTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} at {e.Place}"));

    [Fact]
    public void A_convoy_and_an_arrangement_agreed_somewhere_are_events()
    {
        var events = EventReadingTests.EventsOf(("2025-03-12",
            "Aid reaches Tigray\n\nThe arrangement was agreed in Nairobi on 3 March. A relief convoy of forty lorries reached Mekelle on Tuesday. A third convoy is due to leave Gondar on 15 March."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2025-03-03", Show(events));
        events.ShouldContain(e => e.Kind == "convoy" && e.Date.ToString() == "2025-03-11" && e.Status == EventStatus.Happened, Show(events));
        events.ShouldContain(e => e.Kind == "convoy" && e.Date.ToString() == "2025-03-15" && e.Status == EventStatus.Planned, Show(events));
    }

    [Fact]
    public void A_column_coming_under_fire_a_strike_and_a_filing_are_events()
    {
        var events = EventReadingTests.EventsOf(("2025-06-20",
            "Port standoff\n\nA column of fuel tankers came under fire near Kismayo on Thursday. Dockers in Mombasa went on strike on 2 June. "
            + "The shipping line filed a complaint against the port authority on 9 June."));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2025-06-19", Show(events));
        events.ShouldContain(e => e.Kind == "protest" && e.Date.ToString() == "2025-06-02", Show(events));
        events.ShouldContain(e => e.Kind == "filing" && e.Date.ToString() == "2025-06-09" && e.Title.Contains("filing", StringComparison.OrdinalIgnoreCase), Show(events));
    }

    [Fact]
    public void A_closure_and_a_reopening_are_named_by_their_own_kind()
    {
        var events = EventReadingTests.EventsOf(("2025-01-10",
            "Border news\n\nThe Rafah crossing was closed by the Egyptian authorities in May 2024 and reopened in November 2024."));
        events.ShouldContain(e => e.Kind == "closure" && e.Date.ToString() == "2024-05" && e.Title.Contains("Closure", StringComparison.Ordinal), Show(events));
        events.ShouldContain(e => e.Kind == "reopening" && e.Date.ToString() == "2024-11", Show(events));
    }

    [Fact]
    public void Consultations_called_for_a_day_are_convened_and_a_call_for_talks_is_not()
    {
        var events = EventReadingTests.EventsOf(("2025-04-07",
            "Security Council\n\nFrance, which holds the presidency of the Security Council, has called emergency consultations for Wednesday. "
            + "Kenya has called for talks in Addis Ababa."));
        events.ShouldContain(e => e.Kind == "talks" && e.Date.ToString() == "2025-04-09" && e.Status == EventStatus.Planned && e.Title == "Emergency consultations", Show(events));
        events.ShouldNotContain(e => e.Place == "Addis Ababa", Show(events));
    }

    [Fact]
    public void A_body_convened_in_a_city_on_a_day_is_a_meeting()
    {
        var events = EventReadingTests.EventsOf(("2025-04-07",
            "Mediation\n\nThe mediators will convene the parties again in Doha on 2 May, the joint statement said."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2025-05-02" && e.Place == "Doha" && e.Status == EventStatus.Planned, Show(events));
    }
}
