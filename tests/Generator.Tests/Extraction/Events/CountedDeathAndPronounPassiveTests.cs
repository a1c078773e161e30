namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Plain news wording of deeds with no named doer in their own clause: a counted group's deaths, a dated passive whose
/// subject is an "it" standing for the phrase the sentence opens with, a date followed by "local time", and a subject
/// whose first word ends like a participle ("United Nations"). Sentences written for these tests.
/// </summary>
public class CountedDeathAndPronounPassiveTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void The_deaths_of_a_counted_group_are_an_event_unless_a_toll_is_reported_or_counted_so_far()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Unrest\n\nTrouble flared after nine Ruritanian peacekeepers were killed near Kelport."));
        events.ShouldContain(e => e.Kind == "death" && e.Title.StartsWith("Deaths of nine Ruritanian peacekeepers"), Show(events));
        var tolls = EventReadingTests.EventsOf(("2026-05-14", "Unrest\n\nThe army of Ruritania said 14 soldiers were killed. Three patients have died so far.\n\n"
            + "About 300,000 people were killed in the civil war of the 1990s."));
        tolls.ShouldNotContain(e => e.Kind == "death", Show(tolls));
    }

    [Fact]
    public void An_it_in_a_dated_passive_stands_for_the_phrase_the_sentence_opens_with()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Port\n\nPort Kelvin is calmer than the rest of Ruritania, since it was recaptured from the rebels in 2017.\n\n"
            + "The curfew was expected to end on May 5, but on May 4 it was extended by two weeks."));
        events.ShouldContain(e => e.Title.StartsWith("Port Kelvin was recaptured") && e.Date.ToString() == "2017", Show(events));
        events.ShouldContain(e => e.Title.StartsWith("The curfew was extended") && e.Date.ToString() == "2026-05-04", Show(events));
        var season = EventReadingTests.EventsOf(("2026-05-14", "Storms\n\nForming in July 2025, Storm Ana was the first of the season, and it was followed by Storm Bo in late August."));
        season.ShouldNotContain(e => e.Title.Contains("Forming"), Show(season));
    }

    [Fact]
    public void A_date_opening_the_sentence_may_say_local_time()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Curfew\n\nOn Tuesday local time, the government of Fiji began a two-day curfew to make way for vaccination teams."));
        events.ShouldContain(e => e.Title.Contains("began a two-day curfew") && e.Date.ToString() == "2026-05-12", Show(events));
    }

    [Fact]
    public void A_subject_whose_first_name_word_ends_in_ed_is_still_a_subject()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Letter\n\nOn Friday, United Nations envoy Karin Lindqvist handed a letter to the Estonian foreign ministry."));
        events.ShouldContain(e => e.Title.Contains("handed a letter") && e.Date.ToString() == "2026-05-08", Show(events));
    }
}
