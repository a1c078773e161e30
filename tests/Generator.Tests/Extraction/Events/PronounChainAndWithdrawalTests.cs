namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A "she" after a sentence that names nobody still stands for the person named before it; a candidate "dropping out of
/// the race" or "ending her bid" withdraws; someone "met then Home Office Minister" a person. Sentences written for these tests.
/// </summary>
public class PronounChainAndWithdrawalTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_sentence_naming_nobody_leaves_the_pronouns_person_as_it_was()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Profile\n\nKarin Lindqvist has commanded the border brigade since 2020. Colleagues remember her at the Narva floods, walking the dykes at night. "
            + "In January 2017 she led the Estonian rescue team sent to help Latvia."));
        events.ShouldContain(e => e.Title.Contains("Lindqvist led the Estonian rescue team") && e.Date.ToString() == "2017-01", Show(events));
    }

    [Fact]
    public void Dropping_out_of_the_race_or_ending_a_bid_is_a_withdrawal()
    {
        var events = EventReadingTests.EventsOf(("2026-03-02", "Primaries\n\nYesterday, Senator Mara Quist followed suit, likewise dropping out of the race.\n\n"
            + "Governor Tom Alder's campaign said he was ending his presidential bid today."));
        events.ShouldContain(e => e.Kind == "withdrawal" && e.Title.Contains("Quist") && e.Date.ToString() == "2026-03-01", Show(events));
        events.ShouldContain(e => e.Kind == "withdrawal" && e.Title.Contains("Alder") && e.Date.ToString() == "2026-03-02", Show(events));
    }

    [Fact]
    public void Meeting_a_then_minister_is_a_meeting()
    {
        var events = EventReadingTests.EventsOf(("2026-03-20", "Inquiry\n\nOn 13 March Lord Alder met then Home Office Minister Lord Barrow and two officials."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-03-13", Show(events));
    }
}
