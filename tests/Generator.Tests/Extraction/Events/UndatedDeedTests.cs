using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A named actor's act that is news in itself is an event without a date ("the minister sent a letter", "the governor
/// signed the act"); speaking, remembering and acts of unnamed or quoted subjects are not. Sentences written for these tests.
/// </summary>
public class UndatedDeedTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_named_actor_sending_a_letter_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Fisheries\n\nNorwegian Foreign Minister Espen Barth Eide sent a letter asking for new quotas to the European Commission."));
        events.ShouldContain(e => e.Title.StartsWith("Eide sent a letter"), Show(events));
    }

    [Fact]
    public void An_act_of_the_data_files_list_is_an_event_as_a_built_in_one()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Parties\n\nIngrid Solvang co-founded the Coastal Renewal Party, which now sits in the Storting."));
        events.ShouldContain(e => e.Title.StartsWith("Solvang co-founded the Coastal Renewal Party"), Show(events));
    }

    [Fact]
    public void Acts_of_unnamed_subjects_and_inside_quotes_are_no_events()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Fisheries\n\nSomeone sent a letter to the ministry.\n\n\"Norway signed nothing,\" Eide told reporters."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void A_court_dismissing_a_case_and_a_firm_filing_for_protection_are_events()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Shipyard\n\nA judge has dismissed an attempt by the shipbuilder Nordvik to stop the sale of its yard.\n\n"
            + "Nordvik Holdings filed for bankruptcy protection in Oslo in an attempt to keep its ferries running."));
        events.ShouldContain(e => e.Title.StartsWith("A judge dismissed an attempt"), Show(events));
        events.ShouldContain(e => e.Title.Contains("filed for bankruptcy protection in Oslo"), Show(events));
    }

    [Fact]
    public void A_question_and_a_dismissed_idea_are_no_deeds()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Shipyard\n\nHow has the yard changed since Nordvik Holdings acquired it?\n\nThe minister dismissed the idea as fantasy."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void A_name_in_apposition_before_an_undated_deed_is_its_doer()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Decree\n\nMarta Kowalczyk, the Prime Minister of Poland, suspended the border agreement with Belarus."));
        events.ShouldContain(e => e.Title.StartsWith("Kowalczyk suspended the border agreement"), Show(events));
    }
}
