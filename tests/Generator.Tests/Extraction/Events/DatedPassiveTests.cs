namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A dated clause told in the passive is an event whether or not its agent is named: what was done to someone or
/// something on a given day. States and descriptions told in the passive are not. Sentences written for these tests.
/// </summary>
public class DatedPassiveTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_deed_told_in_the_passive_with_its_date_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Border news\n\nThe old customs post near Osh was demolished on Tuesday by the city council."));
        events.ShouldContain(e => e.Title.StartsWith("The old customs post near Osh was demolished") && e.Date.ToString() == "2026-05-12", Show(events));
    }

    [Fact]
    public void A_date_opening_a_clause_without_a_comma_comes_before_the_subject()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Earlier incidents\n\nA ferry ran aground off Split in 2019, and in 2021 a harbour pilot was stabbed to death by a sailor during an inspection."));
        events.ShouldContain(e => e.Title.StartsWith("A harbour pilot was stabbed to death") && e.Date.ToString() == "2021", Show(events));
    }

    [Fact]
    public void States_and_descriptions_in_the_passive_are_no_events()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Profile\n\nThe mayor was born in Tartu in 1961.\n\nThe bridge was built in 1993 by a Danish firm.\n\n"
            + "When it was first measured in 2020, the lake was smaller.\n\nThe following statement was issued on Monday by the ministry.\n\n"
            + "A feasibility study by a Korean firm was completed in April.\n\nThe port is based in Gdansk since 2004."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void Two_dates_of_one_passive_clause_make_one_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Court\n\nThe two brothers were extradited in March of last year after a long appeal."));
        events.Count(e => e.Title.Contains("extradited")).ShouldBe(1, Show(events));
    }

    [Fact]
    public void A_discovery_told_in_the_passive_is_an_event_and_a_finding_of_guilt_is_not()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Finds\n\nIn March 2023 a Roman villa was found near Split.\n\n"
            + "The hoard was found in 1992 by a farmer near Hoxne.\n\nThe former mayor was found guilty in March.\n\nThe courier was found dead in his van on Monday."));
        events.ShouldContain(e => e.Title.StartsWith("A Roman villa was found near Split") && e.Date.ToString() == "2023-03", Show(events));
        events.ShouldContain(e => e.Title.StartsWith("The hoard was found") && e.Date.ToString() == "1992", Show(events));
        events.ShouldNotContain(e => e.Title.Contains("guilty") || e.Title.Contains("dead"), Show(events));
    }
}
