using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// Several articles of one story telling the same event in other words, on articles written for these tests: a list of
/// signatories names them all, two previews of an event at one place in one year are that event, a chronology's
/// present tense ("farmers block a highway") is the blockade another article reports.
/// </summary>
public class StoryMergeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] ({string.Join(",", e.Articles)})"));

    [Fact]
    public void Every_signatory_of_a_list_takes_part_in_the_agreement()
    {
        var events = EventsOf(("2026-05-20", "Fisheries\n\nThe fisheries accord signed by Norway, Iceland and Denmark on 3 May ends a long quarrel over mackerel."));
        var accord = events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events));
        accord.Actors.ShouldBe(["denmark", "iceland", "norway"], ignoreOrder: true, Show(events));
    }

    [Fact]
    public void A_name_after_a_place_and_a_comma_is_not_a_participant()
    {
        var events = EventsOf(("2026-05-20", "Fisheries\n\nThe meeting in Geneva on Monday, Sweden said, ended without a deal."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Actors.ShouldNotContain("sweden", Show(events));
    }

    [Fact]
    public void Two_previews_of_an_event_at_one_place_in_one_year_are_one_event()
    {
        var events = EventsOf(
            ("2026-05-01", "Baltic leaders part\n\nThe next Baltic summit will be held in Riga in 2027, the chair announced."),
            ("2026-05-03", "Analysis: the Baltic bargain\n\nDisputes go back to the prime ministers, who will meet again in Riga in 2027."));
        events.ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(2);
    }

    [Fact]
    public void Previews_at_one_place_in_different_years_stay_apart()
    {
        var events = EventsOf(
            ("2026-05-01", "Baltic leaders part\n\nThe next Baltic summit will be held in Riga in 2027, the chair announced."),
            ("2026-05-03", "Analysis: the Baltic bargain\n\nThe prime ministers will meet again in Riga in 2028."));
        events.Count.ShouldBe(2, Show(events));
    }

    [Fact]
    public void A_chronology_line_in_the_present_tense_is_the_blockade_another_article_reports()
    {
        var events = EventsOf(
            ("2025-09-02", "Port dispute\n\nIn August, Latvian farmers blocked the main highway to the port of Liepaja for three days."),
            ("2025-09-10", "Timeline: the port dispute\n\n* Aug. 2025 - Latvian farmers block the main highway to Liepaja in protest."));
        events.Where(e => e.Kind == "protest").ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(2);
    }
}
