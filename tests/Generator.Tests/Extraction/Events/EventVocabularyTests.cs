using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Event words of diplomacy and the sea beyond meetings and agreements, on short articles written for these tests:
/// receiving a counterpart, summoning an envoy, seizing or ramming a boat, a crew freed, an embargo imposed, a
/// parliament suspended, a court hearing, a ratification; and how such events are titled and dated.
/// </summary>
public class EventVocabularyTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Being_received_by_a_president_and_summoning_an_ambassador_are_meetings()
    {
        var events = EventsOf(("2026-03-12", "Envoy row\n\nMs Ana Duarte, the Foreign Minister, will be received by the President of Portugal, Mr Rui Vale, in Lisbon on Friday. "
            + "On Tuesday she summoned Moroccan Ambassador Karim Benali over the fishing dispute."));
        events.Count(e => e.Kind == "meeting").ShouldBe(2, Show(events));
        events.ShouldContain(e => e.Title.Contains("summoning", StringComparison.OrdinalIgnoreCase) && e.Date.ToString() == "2026-03-10", Show(events));
        events.ShouldContain(e => e.Kind == "meeting" && e.Status == EventStatus.Planned && e.Date.ToString() == "2026-03-13", Show(events));
    }

    [Fact]
    public void Boats_seized_or_rammed_and_a_crew_freed_are_events()
    {
        var events = EventsOf(("2026-08-20", "Gulf of Guinea\n\nLast week, the Ghana Navy seized three foreign trawlers off Takoradi. "
            + "In 2019 a cargo ship rammed a patrol boat near Tema. The crew were freed on Monday after talks in Accra."));
        events.ShouldContain(e => e.Kind == "incident" && e.Title.Contains("seizure", StringComparison.Ordinal), Show(events));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2019", Show(events));
        events.ShouldContain(e => e.Kind == "release" && e.Date.ToString() == "2026-08-17", Show(events));
    }

    [Fact]
    public void A_report_being_released_is_no_event_of_release()
    {
        var events = EventsOf(("2026-08-20", "Figures\n\nThe annual figures were released on Monday by the statistics office."));
        events.ShouldNotContain(e => e.Kind == "release", Show(events));
    }

    [Fact]
    public void An_embargo_imposed_and_a_parliament_suspended_are_decisions_of_whoever_did_them()
    {
        var events = EventsOf(("2026-04-02", "Sanctions\n\nThe African Union imposed an arms embargo on Wakanda in 2011. "
            + "On Monday, the president suspended parliament until June."));
        events.ShouldContain(e => e.Kind == "sanctions" && e.Date.ToString() == "2011", Show(events));
        events.ShouldContain(e => e.Kind == "decision" && e.Title.Contains("prorogation", StringComparison.OrdinalIgnoreCase), Show(events));
    }

    [Fact]
    public void A_resignation_of_a_named_person_is_an_event_without_a_date()
    {
        var events = EventsOf(("2026-04-02", "Estonia\n\nParliament chose a new speaker after the resignation of her predecessor, Peter Kask, over a funding row."));
        events.ShouldContain(e => e.Kind == "resignation" && e.Title.Contains("Kask", StringComparison.Ordinal), Show(events));
    }

    [Fact]
    public void A_verb_joined_by_and_to_a_dated_one_shares_its_date()
    {
        var events = EventsOf(("2026-11-03", "Quotas\n\nOn October 12, officials of the two countries met in Busan for their annual committee and agreed to cut quotas by 5 percent."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2026-10-12", Show(events));
    }

    [Fact]
    public void A_news_conference_opening_a_sentence_where_a_minister_speaks_is_an_event()
    {
        var events = EventsOf(("2026-10-01", "Border at sea\n\nThe two ministers signed the border agreement in Nicosia on Wednesday. At a joint news conference, Walid Karam said the sea would not wait."));
        events.ShouldContain(e => e.Kind == "press", Show(events));
    }

    [Fact]
    public void A_word_after_vice_or_anti_and_a_hyphen_is_a_modifier_not_an_event_of_its_own()
    {
        var events = EventsOf(("2026-11-25", "Brief\n\nThe crew were freed on November 7 after vice-ministerial talks in Qingdao. Students held an anti-war rally in Busan on Sunday."));
        events.ShouldContain(e => e.Kind == "talks" && e.Place == "Qingdao", Show(events));
        events.ShouldContain(e => e.Kind == "release" && e.Place != "Qingdao", Show(events));
        events.ShouldNotContain(e => e.Kind == "war" || e.Kind == "meeting", Show(events));
    }

    [Fact]
    public void What_is_done_during_or_at_an_event_already_told_happens_on_its_day()
    {
        var events = EventsOf(("2026-05-12", "Geneva\n\nThe two leaders met in Geneva on May 4. During the meeting, their ministers signed a memorandum on fisheries."));
        events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-04");
    }

    [Fact]
    public void The_same_summit_is_a_summit_or_else_the_day_just_spoken_of_never_other_talks()
    {
        var events = EventsOf(("2026-05-12", "After the summit\n\nThe water protocol signed by Kyrgyzstan and Kazakhstan on 21 April is the first binding deal. "
            + "The collapse of the Tashkent talks on March 30 had shown the risk.\n\nThe protocol sets summer releases. A monitoring centre, created by a memorandum signed at the same summit, is to publish data."));
        events.Where(e => e.Title.StartsWith("Memorandum", StringComparison.Ordinal)).ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-04-21");
        events.Where(e => e.Kind == "talks").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03-30");
    }

    [Fact]
    public void A_person_is_titled_by_the_name_the_article_calls_them_by()
    {
        var events = EventsOf(("2026-07-25", "Governor quits\n\nGovernor Ricardo Rosselló Nevares announced his resignation on Wednesday. Rosselló said he would leave office on August 2. "
            + "Rosselló has faced protests for two weeks."));
        events.ShouldContain(e => e.Kind == "resignation" && e.Title.StartsWith("Rosselló", StringComparison.Ordinal), Show(events));
        events.ShouldNotContain(e => e.Title.Contains("Nevares", StringComparison.Ordinal), Show(events));
    }

    [Fact]
    public void Gatherings_video_conferences_telephone_talks_and_dated_fairs_are_events()
    {
        var events = EventsOf(("2026-09-10", "Week in review\n\nThe Chilean and Peruvian foreign ministers gathered in Lima on Tuesday to discuss fishing quotas.\n\n"
            + "Defence ministers of the Nordic countries held a video conference on Monday.\n\n"
            + "On September 2, Chilean Foreign Minister Rosa Tapia held a telephone talk with Peru's Foreign Minister Hugo Salas.\n\n"
            + "The governor will lead a delegation of growers to a wine fair in Porto in October."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-09-08", Show(events));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-09-07", Show(events));
        events.ShouldContain(e => e.Kind == "call" && e.Date.ToString() == "2026-09-02", Show(events));
        events.ShouldContain(e => e.Kind == "occasion" && e.Date.ToString() == "2026-10" && e.Status == EventStatus.Planned, Show(events));
    }

    [Fact]
    public void A_fair_or_a_ceremony_without_a_date_of_its_own_is_no_event()
    {
        var events = EventsOf(("2026-09-10", "Trade\n\nThe fair trade label matters to growers, and the ceremony of tea is an old custom.\n\nThousands gathered in Lima on Tuesday for the funeral of the poet."));
        events.ShouldNotContain(e => e.Kind == "occasion" || e.Kind == "meeting", Show(events));
    }
}
