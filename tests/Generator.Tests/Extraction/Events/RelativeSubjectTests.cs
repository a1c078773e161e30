using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A dated clause whose verb opens it after a relative clause has the noun before it as subject: the noun a subject
/// relative hangs on, or the subject before a relative clause set off by commas. Sentences written for these tests.
/// </summary>
public class RelativeSubjectTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_named_thing_a_dated_subject_relative_hangs_on_did_its_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-03-12", "Grid update\n\nEngineers are inspecting the Vistula power link, which stopped carrying electricity between Gdynia and Karlshamn on Tuesday."));
        events.ShouldContain(e => e.Title.StartsWith("Vistula power link stopped carrying electricity") && e.Date.ToString() == "2026-03-10", Show(events));
    }

    [Fact]
    public void A_named_actor_described_by_the_noun_a_subject_relative_hangs_on_did_its_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-06-20", "Permits\n\nCorvane Minerals Inc., a Toronto-listed miner that applied for an export permit in January, said its case was strong."));
        events.ShouldContain(e => e.Title.StartsWith("Corvane Minerals") && e.Title.Contains("applied for an export permit") && e.Date.ToString() == "2026-01", Show(events));
    }

    [Fact]
    public void A_person_the_noun_a_subject_relative_hangs_on_names_did_the_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-06-20", "Prisons\n\nThe inspectors reopened the file on the case of Daniel Lindqvist, who escaped from Brennholm prison in March."));
        events.ShouldContain(e => e.Title.Contains("Lindqvist escaped from Brennholm prison") && !e.Title.StartsWith("Case") && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void A_conjunction_opening_the_sentence_is_no_part_of_the_subject()
    {
        var events = EventReadingTests.EventsOf(("2026-06-20", "Arts\n\nBut Ms Lund, who won the Halvorsen sculpture prize in 2024, said funding should stay independent."));
        events.ShouldContain(e => e.Title.StartsWith("Lund won the Halvorsen sculpture prize") && e.Date.ToString() == "2024", Show(events));
    }

    [Fact]
    public void A_dated_whose_clause_tells_a_deed_of_the_named_things_own()
    {
        var events = EventReadingTests.EventsOf(("2026-06-20", "Energy\n\nThe ministers praised the Tarsis Deep gas project, whose first cargo of condensate left the terminal in May 2025."));
        events.ShouldContain(e => e.Title.StartsWith("Tarsis Deep gas project’s first cargo of condensate left the terminal") && e.Date.ToString() == "2025-05", Show(events));
    }

    [Fact]
    public void A_relative_clause_between_subject_and_verb_leaves_the_subject_doing_the_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-06-20", "Patrols\n\nThe Northern Shield Alliance, which Norway leads, launched its Harbour Watch patrols last March."));
        events.ShouldContain(e => e.Title.StartsWith("The Northern Shield Alliance launched its Harbour Watch patrols") && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void An_and_with_no_verb_after_it_leaves_the_date_to_the_verb_before()
    {
        var events = EventReadingTests.EventsOf(("2026-06-22", "Harbour\n\nLatvia escorted the tanker Sea Lark and two tugs out of the bay on Saturday."));
        events.ShouldContain(e => e.Title.StartsWith("Latvia escorted the tanker Sea Lark") && e.Date.ToString() == "2026-06-20", Show(events));
    }

    [Fact]
    public void Before_or_after_an_hour_of_the_day_opens_no_clause()
    {
        var events = EventReadingTests.EventsOf(("2026-06-24", "Grid\n\nShortly before midnight on Sunday, the Kestrel interconnector between Poland and Denmark lost power.\n\n"
            + "Engineers are inspecting the Vistula power link, which stopped carrying electricity shortly after dawn on Monday."));
        events.ShouldContain(e => e.Title.Contains("Kestrel interconnector") && e.Title.Contains("lost power") && e.Date.ToString() == "2026-06-21", Show(events));
        events.ShouldContain(e => e.Title.StartsWith("Vistula power link stopped carrying electricity") && e.Date.ToString() == "2026-06-22", Show(events));
    }

    [Fact]
    public void A_common_noun_or_a_figure_a_relative_hangs_on_does_no_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-06-20", "Markets\n\nThe price of barley, which peaked in April, is now falling.\n\nFarmers blame the drought, which started in May.\n\nThe firm, whose shares fell in March, is for sale.\n\n"
            + "Growth forecasts were cut to 1.2% from 1.9% this year and 0.8% from 1.1% in 2027.\n\nThe Aldervik fund gave the party a total of $4,000 between January and March 2026."));
        events.ShouldBeEmpty(Show(events));
    }
}
