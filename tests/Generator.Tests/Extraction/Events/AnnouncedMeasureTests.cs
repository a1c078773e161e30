namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A measure made public without a date is an event, titled as a headline: the new thing a sentence opens with, told as
/// announced or unveiled, and a measure a named actor or a body confirms, announces or unveils. Things spoken of before,
/// papers, figures and deaths announced are not. Sentences written for these tests.
/// </summary>
public class AnnouncedMeasureTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_new_thing_the_sentence_says_was_announced_is_an_event_titled_as_a_headline()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Baltic links\n\nEstonia and Latvia have agreed to widen their ports.\n\n"
            + "A new rail link joining Tallinn with Riga was also announced as well as a ferry route between Tartu and Pskov."));
        events.ShouldContain(e => e.Title == "New rail link announced" && e.Date == null && e.Status == BriefingSite.Model.EventStatus.Happened, Show(events));
    }

    [Fact]
    public void Plans_unveiled_by_a_body_keep_their_infinitive_in_the_title()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Tax offices\n\nPlans to close 40 tax offices have been unveiled by the Danish Treasury.\n\n"
            + "New rules to curb noise at night near airports have been announced by the transport ministry."));
        events.ShouldContain(e => e.Title == "Plans to close 40 tax offices unveiled", Show(events));
        events.ShouldContain(e => e.Title == "New rules to curb noise announced", Show(events));
    }

    [Fact]
    public void A_measure_a_body_confirms_is_its_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Haiti aid\n\nThe World Bank also confirmed a new $40m loan package."));
        events.ShouldContain(e => e.Title == "World Bank’s new $40m loan package", Show(events));
    }

    [Fact]
    public void Things_told_before_papers_deaths_and_subordinate_clauses_are_no_announced_measures()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Odds and ends\n\nNo cause of death was announced.\n\n"
            + "The deal was announced in a radio interview.\n\nShares fell after new figures were announced.\n\n"
            + "The committee met just before the decision to cut rates was announced.\n\nA list of nominees has been announced."));
        events.ShouldNotContain(e => e.Title.EndsWith(" announced", StringComparison.Ordinal), Show(events));
    }
}
