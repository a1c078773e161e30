using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A weekday opening the sentence ("On Friday, the chancellor completed a tour") is the event's date, not who did it: an
/// event with no named actor is not titled as the weekday's ("Friday’s tour"); and the parties of a debate "between" two
/// names are those two, not a name later in the clause. Sentences written for these tests.
/// </summary>
public class WeekdayOwnerTitleTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Theory]
    [InlineData("On Friday, the chancellor completed a whistle-stop tour of Wales, during which he unveiled five pledges.")]
    [InlineData("On Tuesday the minister made a brief visit to the flooded valleys.")]
    public void A_weekday_before_an_unnamed_subject_does_not_own_the_event(string sentence)
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Campaign\n\n" + sentence));
        var visit = events.ShouldHaveSingleItem(Show(events));
        visit.Kind.ShouldBe("visit", Show(events));
        visit.Title.ShouldNotContain("day", Case.Sensitive, Show(events));
        visit.Title.ShouldBe(visit.Title.Trim(), Show(events));
    }

    [Fact]
    public void The_names_of_a_list_after_between_end_where_the_clause_goes_on()
    {
        var events = EventReadingTests.EventsOf(("2026-09-20", "Campaign\n\nThe second televised debate between Ruiz and Okafor was held online on 14 September because of Okafor's positive Influenza-B test."));
        events.ShouldContain(e => e.Title == "Ruiz–Okafor televised debate", Show(events));
    }
}
