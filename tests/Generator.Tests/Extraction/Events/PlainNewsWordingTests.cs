namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Events told in the plain words of ordinary news: ships that fire water cannon or rockets at a boat, a dated clash, a
/// counted crowd that marches, an hour on the phone with a named minister, a person who became a party's leader or is
/// to be sworn into office. A speaker who "struck a guarded tone" did nothing. Sentences written for these tests.
/// </summary>
public class PlainNewsWordingTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Firing_water_cannon_or_rockets_at_a_target_is_an_attack()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Spratly row\n\nVietnamese coast guard ships fired water cannon at a Malaysian fishing boat near the Spratly Islands on Saturday.\n\n"
            + "Militants fired rockets at an army post outside Kidal in March."));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2026-05-09", Show(events));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void A_clash_dated_in_its_own_phrase_is_an_attack()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Border\n\nOfficials said the March 3 clash near the border left two soldiers injured."));
        events.ShouldContain(e => e.Kind == "attack" && e.Title == "Clash" && e.Date.ToString() == "2026-03-03", Show(events));
    }

    [Fact]
    public void A_counted_crowd_of_any_trade_that_marches_somewhere_is_a_protest()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Fishermen protest\n\nOn Tuesday, about 300 fishermen and activists marched to the Thai consulate in Yangon."));
        events.ShouldContain(e => e.Kind == "protest" && e.Date.ToString() == "2026-05-12", Show(events));
    }

    [Fact]
    public void Time_on_the_phone_with_a_named_minister_is_a_call()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Diplomacy\n\nOn May 7 she spent forty minutes on the phone with Foreign Minister Arturo Benavides."));
        events.ShouldContain(e => e.Kind == "call" && e.Date.ToString() == "2026-05-07", Show(events));
    }

    [Fact]
    public void Becoming_a_partys_leader_and_being_sworn_into_office_are_appointments()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Harbour Party\n\nDara Keogh became leader of the Harbour Party after a bruising contest.\n\n"
            + "Paula Mendez, who won the runoff, would be sworn into office on June 1."));
        events.ShouldContain(e => e.Kind == "appointment" && e.Title == "Keogh’s appointment as leader", Show(events));
        events.ShouldContain(e => e.Kind == "appointment" && e.Title.Contains("wearing-in") && e.Date.ToString() == "2026-06-01" && e.Status == BriefingSite.Model.EventStatus.Planned, Show(events));
    }

    [Fact]
    public void Striking_a_tone_is_no_strike_and_no_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Talks\n\nForeign Minister Anatol Brenner struck a more guarded tone.\n\n"
            + "Deputy Minister Ilse Varga struck a conciliatory note on Tuesday."));
        events.ShouldBeEmpty(Show(events));
    }
}
