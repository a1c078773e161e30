using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Events told without an event verb: "there was a firefight near the pass", a deed whose subject joins two names with
/// "and" ("The dialogue between Varnö and Kelport began in May 2019"), and an occasion dated by the day right before
/// "during the ..." ("On Tuesday during the inauguration ceremony"). Sentences written for these tests.
/// </summary>
public class ExistentialAndJoinedSubjectTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void An_event_the_sentence_says_there_was_happened()
    {
        var events = EventsOf(("2026-05-08", "Border\n\nWhat we know is that there was an exchange of fire before dawn near the Dorvan pass, and two soldiers were wounded."));
        events.Where(e => e.Kind == "attack").ShouldHaveSingleItem(Show(events)).Status.ShouldBe(EventStatus.Happened);
    }

    [Fact]
    public void There_were_with_a_plural_and_nothing_more_is_no_event()
    {
        var events = EventsOf(("2026-05-08", "Border\n\nOfficials said there were talks of all kinds, but nothing came of them."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void A_dated_deed_whose_subject_joins_two_names_with_and_is_an_event()
    {
        var events = EventsOf(("2026-05-08", "Background\n\nThe EU-facilitated dialogue between Varnö and Kelport began in May 2019."));
        var deed = events.ShouldHaveSingleItem(Show(events));
        deed.Date.ToString().ShouldBe("2019-05");
        deed.Title.ShouldContain("Varnö and Kelport");
    }

    [Fact]
    public void The_day_before_during_the_ceremony_dates_the_ceremony()
    {
        var events = EventsOf(("2026-05-08", "Energy\n\nOn Tuesday during the opening ceremony of the Velka gas pipeline, the Darrovian president called for regional cooperation."));
        events.Where(e => e.Kind == "occasion").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-05");
    }
}
