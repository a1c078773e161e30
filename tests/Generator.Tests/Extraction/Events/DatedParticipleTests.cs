namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A deed told by a participle or a passive relative clause on a noun, with its own date, is an event: "the road pact
/// signed in Osh on 3 May 2021", "the fund, set up in 1998", "her brother, who was detained in March". A noun opening its
/// clause is the subject of a finite verb, not a participle's head. Sentences written for these tests.
/// </summary>
public class DatedParticipleTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_participle_on_a_noun_a_verb_governs_dates_its_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Trade\n\nThe new tariff schedule replaces the customs framework launched in Osh on 3 May 2021."));
        events.ShouldContain(e => e.Title == "Customs framework launched in Osh" && e.Date.ToString() == "2021-05-03" && e.Status == BriefingSite.Model.EventStatus.Happened, Show(events));
    }

    [Fact]
    public void A_participle_between_commas_and_a_passive_relative_clause_date_their_deeds()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Funds\n\nFarmers still draw on the drought fund, set up by the regional council in 1998, every summer.\n\n"
            + "She spoke of her brother Aidan, who was detained in March, and of the trial to come."));
        events.ShouldContain(e => e.Title == "Drought fund set up by the regional council" && e.Date.ToString() == "1998", Show(events));
        events.ShouldContain(e => e.Title == "Her brother Aidan detained" && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void A_noun_opening_its_clause_is_a_subject_and_states_are_no_deeds()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "History\n\nThe harbour board agreed on 4 May to widen the channel.\n\n"
            + "The town keeps the old lighthouse, built in 1874, as a museum.\n\nThe mayor, born in 1961, still lives there.\n\n"
            + "The council had lanes closed last night for repairs."));
        events.ShouldNotContain(e => e.Title.Contains("agreed") || e.Title.Contains("built") || e.Title.Contains("born") || e.Title.Contains("closed"), Show(events));
    }

    [Fact]
    public void A_relative_clause_with_its_own_subject_dates_the_deed_on_its_noun()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Rail\n\nThe first ore trains left under a rail scheme that Kazakhstan signed with Kyrgyzstan in February."));
        events.ShouldContain(e => e.Date.ToString() == "2026-02" && e.Status == BriefingSite.Model.EventStatus.Happened, Show(events));
    }
}
