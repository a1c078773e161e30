using BriefingSite.Extraction.Events;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>Titles made of a clause's own words end where a phrase begins, never inside one nor on a function word.</summary>
public class ClauseTitleTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Theory]
    [InlineData("Kestria tested its Aurora booster rocket by launching the chief engineer's old car into orbit", "Kestria tested its Aurora booster rocket")]
    [InlineData("A new challenge to the mayor's coalition emerged in the form of a petition", "A new challenge to the mayor's coalition emerged")]
    [InlineData("Renvik defeated the sitting governor Ola Brandt of the Farmers' League to become the youngest", "Renvik defeated the sitting governor Ola Brandt of the Farmers' League")]
    [InlineData("The Harbour Authority signed the lease", "The Harbour Authority signed the lease")]
    public void A_long_clause_is_cut_where_a_phrase_begins(string clause, string title) =>
        string.Join(' ', ClauseTitles.Shorten(clause.Split(' '), 12)).ShouldBe(title);

    [Fact]
    public void A_clause_cut_short_never_ends_on_a_function_word() =>
        string.Join(' ', ClauseTitles.Shorten("Marrow Foods sold the dairy division to the".Split(' '), 12)).ShouldBe("Marrow Foods sold the dairy division");

    [Fact]
    public void A_dated_deed_told_at_length_is_titled_by_its_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Court hears milk case\n\nUganda petitioned the Court of Appeal in Kampala on Tuesday on behalf of the dairy farmers of the western districts."));
        events.ShouldContain(e => e.Title == "Uganda petitioned the Court of Appeal in Kampala" && e.Date.ToString() == "2026-05-12", Show(events));
    }
}
