using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "the Treaty between Norway and Sweden on Friendship, Trade and Good Neighbourliness, signed in Oslo on 16 September
/// 1996": a treaty's name goes on through a list of capitalised words closed by "and", so the date after it is the treaty's
/// and the list's last words are no event of their own. Sentences written for these tests.
/// </summary>
public class ListedNameWordsTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_treaty_named_through_a_list_keeps_its_whole_name_and_its_date()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Ministers meet\n\nThe ministers recalled the Treaty between Norway and Sweden on Friendship, Trade and Good Neighbourliness, signed in Oslo on 16 September 1996, and praised the border commission."));
        var treaty = events.Where(e => e.Title.Contains("Treaty", StringComparison.Ordinal)).ShouldHaveSingleItem(Show(events));
        treaty.Title.ShouldContain("Friendship, Trade and Good Neighbourliness");
        treaty.Date.ToString().ShouldBe("1996-09-16");
        events.ShouldNotContain(e => e.Title.StartsWith("Good Neighbourliness", StringComparison.Ordinal), Show(events));
    }

    [Fact]
    public void A_comma_not_opening_a_list_closed_by_and_ends_the_name()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Ministers meet\n\nThe ministers recalled the Treaty of Bergen, Norway said on Friday."));
        events.ShouldNotContain(e => e.Title.Contains("Bergen, Norway", StringComparison.Ordinal), Show(events));
    }
}
