namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Arrests told in plain past tense, the way ordinary news tells them: police or officers opening the sentence, and a
/// counted group of men, women or people arrested. Sentences written for these tests.
/// </summary>
public class PoliceArrestTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Police_opening_the_sentence_who_arrested_three_men_made_an_arrest()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Raids\n\nPolice arrested three men in Leeds on Tuesday."));
        events.ShouldContain(e => e.Kind == "arrest" && e.Date.ToString() == "2026-05-12", Show(events));
    }

    [Fact]
    public void Officers_who_arrested_a_counted_group_of_people_made_an_arrest_undated_too()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Derby night\n\nOfficers arrested 12 people after the derby in Tallinn."));
        events.ShouldContain(e => e.Kind == "arrest", Show(events));
    }
}
