using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A dated deed whose subject is no named actor: a body known only by its acronym ("The IRU charged him on 6 April"), a
/// group or body with an adverb before its verb ("the regulator quietly fined"), and a subject after a phrase that opens
/// the clause without a comma ("In the second case the tribunal heard ..."); an index that rises or falls is no actor.
/// Sentences written for these tests.
/// </summary>
public class AcronymAndOpeningPhraseSubjectTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_body_known_by_its_acronym_does_a_dated_deed()
    {
        var events = EventsOf(("2027-06-10", "Ruling\n\nThe rower, a Ruritanian champion, was tested in Varna. The IRU charged him on 6 April 2027."));
        events.ShouldContain(e => e.Title.Contains("IRU charged him", StringComparison.Ordinal) && e.Date.ToString() == "2027-04-06", Show(events));
    }

    [Fact]
    public void An_adverb_before_the_verb_is_no_part_of_the_subject()
    {
        var events = EventsOf(("2027-06-10", "Ruling\n\nThe rower was tested in Varna. The IRU provisionally suspended him on 1 March 2027. "
            + "The regulator quietly fined the club on 3 May."));
        events.ShouldContain(e => e.Title.Contains("IRU provisionally suspended him", StringComparison.Ordinal) && e.Date.ToString() == "2027-03-01", Show(events));
        events.ShouldContain(e => e.Title.Contains("regulator quietly fined the club", StringComparison.Ordinal) && e.Date.ToString() == "2027-05-03", Show(events));
    }

    [Fact]
    public void A_phrase_opening_the_clause_without_a_comma_comes_before_its_subject()
    {
        var events = EventsOf(("2027-06-10", "Ruling\n\nIn Ruritania's second case the tribunal heard Peter Mwangi on 30 March."));
        events.ShouldContain(e => e.Title.StartsWith("The tribunal heard Peter Mwangi", StringComparison.Ordinal) && e.Date.ToString() == "2027-03-30", Show(events));
    }

    [Fact]
    public void An_index_that_rises_or_falls_is_no_actor()
    {
        var events = EventsOf(("2027-06-10", "Markets\n\nThe FTSE fell on Monday. The DAX slumped on Thursday. The index rose on Tuesday."));
        events.ShouldBeEmpty(Show(events));
    }
}
