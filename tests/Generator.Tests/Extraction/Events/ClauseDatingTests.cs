using BriefingSite.Extraction.Dates;
using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Which clause a date belongs to, on sentences written for these tests: the phrase a sentence opens with, a clause
/// opened after ", and", an event named as what another is about, a date compared with, a speech verb dated by the
/// speaking, and the nearer day when the wording gives no tense.
/// </summary>
public class ClauseDatingTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_date_inside_the_opening_phrase_dates_its_event_and_what_happens_during_it()
    {
        var events = EventsOf(("2026-05-12", "Crowds\n\nDuring the funeral of the former president Anton Varga on Friday, a stampede broke out near the cathedral."));
        events.Where(e => e.Kind == "funeral").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-08");
        events.Where(e => e.Kind == "incident").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-08");
    }

    [Fact]
    public void A_date_after_and_opens_a_clause_of_its_own()
    {
        var events = EventsOf(("2026-05-12", "Coast guard\n\nIn 2018, a Maltese tanker rammed a Tunisian patrol boat off Sfax, and in 2015 a fisherman was questioned by the navy for a week."));
        events.Where(e => e.Kind == "attack").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2018");
    }

    [Fact]
    public void A_date_after_what_an_event_is_about_dates_that_event()
    {
        var events = EventsOf(("2026-05-12", "Treaty\n\nThe Senate of Chile held a hearing on the treaty on 4 May, at which the foreign minister answered questions for hours."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-04");
        events.ShouldNotContain(e => e.Kind == "agreement" && e.Date != null, Show(events));
    }

    [Fact]
    public void What_a_second_verb_of_the_subject_did_shares_the_first_verbs_date()
    {
        var events = EventsOf(("2026-05-12", "Hotline\n\nLatvia's Inga Ozola and Estonia's Mart Kask met in Riga on Monday and signed a memorandum creating a border hotline."));
        events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-11");
    }

    [Fact]
    public void A_date_compared_with_dates_nothing()
    {
        var events = EventsOf(("2026-05-12", "Count\n\nObservers welcomed a calm presidential election in Estonia, unlike in 2019. Estonia held a calm referendum on Sunday, unlike in 2011."));
        events.ShouldNotContain(e => e.Date.ToString() == "2019" || e.Date.ToString() == "2011", Show(events));
        events.Where(e => e.Kind == "election").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-10");
    }

    [Fact]
    public void A_speech_verb_dated_by_the_speaking_takes_no_other_date()
    {
        var events = EventsOf(("2026-05-12", "Wreck\n\nThe Maritime Museum of Gdynia announced on Monday that a wreck its divers found last August was the missing ferry."));
        events.ShouldNotContain(e => e.Date.ToString() == "2025-08", Show(events));
    }

    [Fact]
    public void Without_a_tense_a_weekday_is_the_nearer_one()
    {
        // 12 May 2026 is a Tuesday: "on Wednesday" is tomorrow, not six days ago.
        var events = EventsOf(("2026-05-12", "Riga\n\nThe Estonian envoy has left for Tallinn; the Finnish envoy stays for a bilateral meeting with the Latvian foreign minister on Wednesday."));
        var meeting = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        meeting.Date.ToString().ShouldBe("2026-05-13");
        meeting.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_weekday_in_a_clause_told_as_still_to_come_is_the_next_one()
    {
        // 1 October 2026 is a Thursday: the session "would" hold on Monday is 5 October, not 28 September.
        var events = EventsOf(("2026-10-01", "Accord\n\nIn Valletta, the prime minister of Malta said the cabinet would approve the accord at its weekly session on Monday."));
        var session = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        session.Date.ToString().ShouldBe("2026-10-05");
        session.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_news_conference_the_saying_took_place_at_is_past_though_what_was_said_is_still_to_come()
    {
        // 1 October 2026 is a Thursday: "during a news conference Tuesday" is where the spokesman spoke, on 29 September.
        var events = EventsOf(("2026-10-01", "Port deal\n\nGovernment spokesman Tomas Varga said the port deal would not include new cranes during a news conference Tuesday."));
        var conference = events.Where(e => e.Kind == "press").ShouldHaveSingleItem(Show(events));
        conference.Date.ToString().ShouldBe("2026-09-29");
        conference.Status.ShouldBe(EventStatus.Happened);
    }

    [Fact]
    public void A_news_conference_that_would_be_held_is_still_to_come()
    {
        var events = EventsOf(("2026-10-01", "Port deal\n\nGovernment spokesman Tomas Varga said the minister would hold a news conference on Monday."));
        var conference = events.Where(e => e.Kind == "press").ShouldHaveSingleItem(Show(events));
        conference.Date.ToString().ShouldBe("2026-10-05");
        conference.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void A_month_an_event_is_set_for_is_still_to_come()
    {
        var events = EventsOf(("2026-06-20", "Court\n\nThe trial of the former mayor of Split has been scheduled for March."));
        var trial = events.Where(e => e.Kind == "trial").ShouldHaveSingleItem(Show(events));
        trial.Date.ToString().ShouldBe("2027-03");
        trial.Status.ShouldBe(EventStatus.Planned);
    }

    [Theory]
    [InlineData("The summit is planned for July.", "2026-07")]
    [InlineData("The vote is scheduled for 2027.", "2027")]
    [InlineData("Rebels voted for May's motion.", null)]
    [InlineData("Parliament votes on the budget for the 2026/27 financial year.", null)]
    public void Set_for_months_and_financial_years(string text, string? expected) =>
        (DateExpressionParser.Find(text, PartialDate.OfDay(2026, 6, 3), future: true).SingleOrDefault()?.Date?.ToString()).ShouldBe(expected);

    [Fact]
    public void An_irregular_past_verb_before_the_cue_makes_its_weekday_a_past_one()
    {
        // 2026-09-07 is a Monday: "on Friday" after "spoke" is the 4th, though the sentence goes on with "will".
        var events = EventReadingTests.EventsOf(("2026-09-07", "Calls\n\nThe Estonian foreign minister Kalle Tamm spoke to Latvia's foreign minister by phone on Friday and will travel to Riga as an observer."));
        events.ShouldContain(e => e.Kind == "call" && e.Date.ToString() == "2026-09-04" && e.Status == EventStatus.Happened, Show(events));
    }

    [Fact]
    public void A_possessive_month_after_a_speech_verb_dates_the_noun_not_the_saying()
    {
        var events = EventsOf(("2026-02-17", "Debt\n\nThe minister said October's G20 summit in Lisbon had failed the poorest countries."));
        events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2025-10");
    }

    [Fact]
    public void A_participle_with_its_agent_between_dashes_sets_no_tense()
    {
        var events = EventsOf(("2026-02-17", "Debt\n\nNovember's summit in Lisbon - hosted by the Portuguese government - will take up the debt plan."));
        var summit = events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events));
        summit.Date.ToString().ShouldBe("2026-11");
        summit.Status.ShouldBe(EventStatus.Planned);
    }
}
