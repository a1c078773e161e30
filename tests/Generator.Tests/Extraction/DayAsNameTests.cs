using BriefingSite.Extraction.Dates;
using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A day written in figures as the name of an attack ("the 4/18 bombings") is that day of the one year its sentence gives;
/// without a year, or with two, it dates nothing, and figures that are no such name (a score, a fraction) are no date.
/// Sentences written for these tests.
/// </summary>
public class DayAsNameTests
{
    private static List<string?> Dates(string text) =>
        DateExpressionParser.Find(text, PartialDate.OfDay(2024, 5, 2), future: false).Select(d => d.Date?.ToString()).ToList();

    [Theory]
    [InlineData("The cell planned the 4/18 bombings in Lagos in 2009.", "2009-04-18")]
    [InlineData("Mourners recalled the 23/6 attacks of 2011 in the port.", "2011-06-23")]
    public void A_day_naming_an_attack_is_that_day_of_the_sentences_year(string text, string expected) =>
        Dates(text).ShouldContain(expected);

    [Theory]
    [InlineData("The cell planned the 4/18 bombings in Lagos.")]
    [InlineData("Between 2009 and 2011 the cell planned the 4/18 bombings.")]
    [InlineData("The team won 3/4 of its games in 2009.")]
    public void Without_one_year_or_without_an_attack_the_figures_date_nothing(string text) =>
        Dates(text).ShouldAllBe(d => d == null || d.Length == 4);

    [Fact]
    public void The_attack_takes_the_day()
    {
        var events = EventsOf(("2024-05-02", "Remembering Lagos\n\nThe Harbour Front movement carried out the 4/18 bombings of 2009 in Lagos, the court heard on Tuesday. Its leader, Tunde Bakare-Olu, was sentenced in 2012."));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2009-04-18", string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date}")));
    }
}
