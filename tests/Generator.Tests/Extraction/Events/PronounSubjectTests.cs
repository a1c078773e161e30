using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A "he" or "she" opening a clause stands for the person the sentence right before names (alone, or as the subject that
/// opens it), as the doer of a deed told with no event word. Sentences written for these tests.
/// </summary>
public class PronounSubjectTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_dated_deed_of_a_pronoun_is_the_deed_of_the_person_the_sentence_before_names()
    {
        var events = EventReadingTests.EventsOf(("2026-04-16", "Fisheries row\n\nKarl Vinter, the Norwegian foreign minister, spoke at length in Tromsø. He expelled two Estonian diplomats on Tuesday."));
        events.ShouldContain(e => e.Title.StartsWith("Vinter expelled two Estonian diplomats") && e.Date.ToString() == "2026-04-14", Show(events));
    }

    [Fact]
    public void An_adverb_between_the_pronoun_and_its_act_leaves_the_act_the_persons()
    {
        var events = EventReadingTests.EventsOf(("2026-04-16", "Vessby summit\n\nPrime Minister Anton Kalder arrived in Vessby for a two-day summit. He also signed a trade communique with the Danish delegation."));
        events.ShouldContain(e => e.Title.StartsWith("Kalder signed a trade communique"), Show(events));
    }

    [Fact]
    public void The_subject_opening_the_sentence_before_is_whom_the_pronoun_stands_for()
    {
        var events = EventReadingTests.EventsOf(("2026-04-16", "Harbour\n\nMayor Elin Sandvik welcomed the envoy, Piet Moorland, at the quay. But she closed the old ferry terminal in March."));
        events.ShouldContain(e => e.Title.StartsWith("Sandvik closed the old ferry terminal") && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void A_speaker_or_a_source_before_is_no_doer_of_the_next_sentence()
    {
        var events = EventReadingTests.EventsOf(("2026-04-16", "Harbour\n\nBut Ms Lindahl said that Mayor Elin Sandvik had doubts about the envoy Piet Moorland. She closed the old ferry terminal in March.\n\n"
            + "According to Mr Borgen the councillor had left. He expelled two traders from the market on Tuesday."));
        events.ShouldNotContain(e => e.Title.Contains("closed the old ferry terminal") && (e.Title.StartsWith("Lindahl") || e.Title.StartsWith("Sandvik") || e.Title.StartsWith("Moorland")), Show(events));
        events.ShouldNotContain(e => e.Title.StartsWith("Borgen"), Show(events));
    }
}
