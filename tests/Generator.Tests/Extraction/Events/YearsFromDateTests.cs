using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "recognised it only in 1994, eight years after its independence": years counted back (or on) from the date right
/// before them date the event that follows them, not the date they count from. Sentences written for these tests.
/// </summary>
public class YearsFromDateTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Theory]
    [InlineData("Norland recognised Sudria only in 1994, eight years after its independence.", "1994|1986")]
    [InlineData("The dam opened in March 2004, three years before the flood.", "2004-03|2007")]
    [InlineData("Eight years after the war, the dam opened in 2004.", "2004")]
    public void Years_counted_from_the_date_just_before_give_the_year_of_what_follows(string text, string expected) =>
        string.Join("|", DateExpressionParser.Find(text, PartialDate.OfDay(2026, 3, 10), false).Select(d => d.Date?.ToString())).ShouldBe(expected);

    [Fact]
    public void The_independence_counted_from_a_later_recognition_takes_the_year_counted_back()
    {
        var events = EventReadingTests.EventsOf(("2026-03-10", "Recognition\n\nThe envoy recalled that Norland recognised Sudria only in 1994, eight years after its independence."));
        events.ShouldContain(e => e.Kind == "independence" && e.Date.ToString() == "1986", Show(events));
        events.ShouldNotContain(e => e.Kind == "independence" && e.Date.ToString() == "1994", Show(events));
    }
}
