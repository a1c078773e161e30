using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Words of election campaigns, shipping incidents, courts and parliaments (Data/events.yml and the built-in patterns),
/// on short articles written for these tests: endorsements held by whoever endorses, candidates dropping out, a coast
/// guard boarding a ship, a remand in custody, a debate, wars known by their names, and days lent back by a later event.
/// </summary>
public class CampaignAndShippingTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Articles)}]"));

    [Fact]
    public void Two_endorsements_of_one_candidate_by_two_people_stay_two_events_across_articles()
    {
        var events = EventsOf(
            ("2026-05-05", "Reyes gains backer\n\nOn Monday, Senator Maria Lopez endorsed Governor Tom Reyes for the party's nomination."),
            ("2026-05-08", "Another backer for Reyes\n\nSenator Ana Ortiz endorsed Tom Reyes on Thursday. Reyes praised Ortiz's endorsement on his website."));
        var endorsements = events.Where(e => e.Kind == "endorsement").ToList();
        endorsements.Count.ShouldBe(2, Show(events));
        endorsements.ShouldAllBe(e => e.Articles.Length == 1);
    }

    [Fact]
    public void A_candidate_dropping_out_is_a_withdrawal()
    {
        var events = EventsOf(("2026-05-08", "Race narrows\n\nMayor Jan Kowal ended his presidential bid on Wednesday, a week after Senator Ewa Lis dropped out of the race."));
        events.Where(e => e.Kind == "withdrawal").Count().ShouldBe(2, Show(events));
    }

    [Fact]
    public void A_date_before_a_possessive_is_the_date_of_the_noun_after_it()
    {
        var events = EventsOf(("2026-05-08", "Backing\n\nSenator Ana Ortiz said on Thursday she was backing Tom Reyes for this year's presidential election, a week after Mayor Jan Kowal ended his own presidential bid."));
        events.Where(e => e.Kind == "election").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026");
        events.ShouldContain(e => e.Kind == "withdrawal", Show(events));
    }

    [Fact]
    public void A_coast_guard_boarding_a_ship_and_a_court_remanding_its_captain_are_events()
    {
        var events = EventsOf(("2026-02-04", "Tanker held\n\nThe Finnish Border Guard boarded the Eagle Dawn, a tanker flying the flag of the Cook Islands, on Tuesday. On 30 January the Helsinki District Court remanded the captain of another ship in custody."));
        events.Where(e => e.Kind == "incident").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-02-03");
        events.Where(e => e.Kind == "remand").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-01-30");
    }

    [Fact]
    public void Boarding_a_plane_is_no_incident()
    {
        var events = EventsOf(("2026-02-04", "Minister travels\n\nThe minister boarded a plane to Oslo on Tuesday with her advisers."));
        events.ShouldNotContain(e => e.Kind == "incident", Show(events));
    }

    [Fact]
    public void A_day_named_without_its_year_a_few_days_back_is_not_the_same_day_next_year()
    {
        var events = EventsOf(("2026-01-27", "Captain held\n\nA court on Monday ordered the captain to be held in custody over the power outage on 18 January."));
        events.Where(e => e.Kind == "incident").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-01-18");
    }

    [Fact]
    public void An_event_told_the_day_after_another_takes_its_day_from_the_later_told_one()
    {
        var events = EventsOf(("2026-02-04", "Nordic response\n\nMinisters of the Nordic Council held a video conference the day after the power outage in Turku on Sunday."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-02-02");
    }

    [Fact]
    public void A_war_known_by_its_name_is_an_event_without_the_dates_of_the_sentence()
    {
        var events = EventsOf(("2026-02-04", "Obituary\n\nShe served as a nurse in the Second World War and in 1950 opened a clinic in Leeds."));
        events.Where(e => e.Kind == "war").ShouldHaveSingleItem(Show(events)).Date.ShouldBeNull();
    }

    [Fact]
    public void A_commons_debate_and_a_persons_re_election_are_events()
    {
        var events = EventsOf(("2026-02-04", "Westminster\n\nDuring a Commons debate on fisheries on Tuesday, Mr Hale said Ms Grant's re-election came at a bad time for the party. The Board has appointed Lena Virtanen as chief executive."));
        events.Where(e => e.Kind == "debate").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-02-03");
        events.Where(e => e.Kind == "election").ShouldHaveSingleItem(Show(events)).Title.ShouldContain("re-election");
        events.Where(e => e.Kind == "appointment").ShouldHaveSingleItem(Show(events)).Title.ShouldBe("Virtanen’s appointment");
    }
}
