using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// The waters a treaty is about ("a boundary in the Koro Sea") are no place it was signed in: a preview that places the
/// signing in the sea and a report that places it in the capital tell one signing; two signings in two cities stay two.
/// Short articles written for these tests.
/// </summary>
public class WatersPlaceMergeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Place} {e.Status} ({string.Join(",", e.Articles)})"));

    private const string Preview = "Boundary treaty due\n\nVanuatu and Fiji will sign a treaty fixing their maritime boundary in the Koro Sea in Suva on May 12, "
        + "an official of Vanuatu told reporters. Fiji has not commented. Vanuatu hopes the treaty ends a long quarrel with Fiji.";

    private static string Report(string city) => $"Pacific neighbours sign boundary treaty\n\n{city.ToUpperInvariant()}, May 12 - Vanuatu and Fiji signed a maritime boundary treaty in {city} on Tuesday. "
        + "Fiji called it a fair line, and Vanuatu agreed with Fiji.";

    [Fact]
    public void A_signing_placed_in_the_waters_it_is_about_and_one_placed_in_a_city_are_one_event()
    {
        var events = EventsOf(("2026-05-04", Preview), ("2026-05-12", Report("Suva")));
        events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(2, Show(events));
    }

    [Fact]
    public void Signings_placed_in_two_cities_stay_apart()
    {
        var events = EventsOf(("2026-05-04", Preview.Replace("the Koro Sea in ", "")), ("2026-05-12", Report("Nadi")));
        events.Where(e => e.Kind == "agreement" && e.Articles.Length == 2).ShouldBeEmpty(Show(events));
    }
}
