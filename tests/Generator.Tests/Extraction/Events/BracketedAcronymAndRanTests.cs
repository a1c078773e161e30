using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A dated deed whose subject's name is followed by its acronym in brackets ("The European Commission (EC) fined ...
/// on Tuesday") is read as one clause, and "ran" is a past verb of a deed ("ran a marathon"). Sentences written for these
/// tests.
/// </summary>
public class BracketedAcronymAndRanTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_name_with_its_bracketed_acronym_is_the_subject_of_a_dated_deed()
    {
        var events = EventsOf(("2026-03-10", "Fine\n\nThe European Commission (EC) fined Google on Tuesday."));
        events.ShouldContain(e => e.Title.Contains("fined Google", StringComparison.Ordinal) && e.Date.ToString() == "2026-03-10", Show(events));
    }

    [Fact]
    public void Ran_is_the_past_verb_of_a_dated_deed()
    {
        var events = EventsOf(("2026-03-10", "Record\n\nYesterday, Paula Wanjiru from Kenya ran a marathon in less than two hours."));
        events.ShouldContain(e => e.Title.Contains("ran a marathon", StringComparison.Ordinal) && e.Date.ToString() == "2026-03-09", Show(events));
    }
}
