using BriefingSite.Cli;
using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Event reading rules on short articles written for these tests (no seed, no gold article): events spoken of inside
/// quotes, "the second" of a series, "the following day", verb-phrase events, deadlines, conditions and planned trials.
/// </summary>
public class EventReadingTests
{
    /// <summary>Builds the articles as one site (dry run) and returns its events.</summary>
    internal static IReadOnlyList<Event> EventsOf(params (string Date, string Text)[] articles)
    {
        using var site = new TestSite();
        for (var i = 0; i < articles.Length; i++)
            site.Write($"articles/a{i}.md", $"---\ndate: {articles[i].Date}\n---\n{articles[i].Text}\n");
        var report = BuildPipeline.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme, DryRun: true, NoCache: true));
        report.Site.ShouldNotBeNull(string.Join("\n", report.Diagnostics));
        return report.Site!.Events;
    }

    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void An_event_a_speaker_announces_with_its_day_and_place_is_a_planned_event()
    {
        var events = EventsOf(("2026-02-20", "Fisheries row deepens\n\n\"We will hold a summit with Norway in Tromsø on March 3,\" the Icelandic prime minister told reporters on Friday. \"This war of words must end,\" she added."));
        var summit = events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events));
        summit.Date.ToString().ShouldBe("2026-03-03");
        summit.Status.ShouldBe(EventStatus.Planned);
        events.ShouldNotContain(e => e.Kind == "war", Show(events));
    }

    [Fact]
    public void A_speakers_this_morning_dates_a_quoted_event_only_to_the_month()
    {
        var events = EventsOf(("2026-05-14", "Minister quits\n\n\"The Latvian Cabinet accepted my resignation this morning,\" Ilze Ozola wrote on Wednesday."));
        events.Where(e => e.Kind == "resignation").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05");
    }

    [Fact]
    public void The_second_of_a_series_is_another_event_of_the_same_kind_with_its_own_day()
    {
        var events = EventsOf(("2026-06-12", "Envoys keep talking\n\nThe two envoys have met twice in Geneva since the spring. The first meeting, on May 4, lasted an hour. The second, on Tuesday, ran late into the night."));
        var meetings = events.Where(e => e.Kind == "meeting").OrderBy(e => e.Date).ToList();
        meetings.Count.ShouldBe(2, Show(events));
        meetings[0].Date.ToString().ShouldBe("2026-05-04");
        meetings[1].Date.ToString().ShouldBe("2026-06-09");
        meetings[1].Title.ShouldBe("Second meeting");
    }

    [Fact]
    public void The_following_day_and_days_later_count_from_the_event_spoken_of_before()
    {
        var events = EventsOf(("2026-07-20", "Oslo, July 20 -- Nordic defence ministers met in Oslo on July 2. The following day, the prime ministers held talks in Bergen. Two days later, Sweden announced new sanctions against Belarus."));
        Show(events).ShouldContain("2026-07-03");
        events.Where(e => e.Kind == "talks").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-07-03");
        events.Where(e => e.Kind == "sanctions" || e.Kind == "announcement").Select(e => e.Date.ToString()).ShouldContain("2026-07-05", Show(events));
    }

    [Fact]
    public void Impeachments_killings_and_agreements_told_as_verbs_are_events()
    {
        var events = EventsOf(("2026-03-12", "Lawmakers in Lima impeached President Rosa Quispe on Tuesday after a night-long session.\n\nIn Mali, government forces killed Amadou Diallo, a rebel commander, on Sunday.\n\nAt the summit in Lisbon last week, Portugal and Spain agreed to reopen the border crossings by 2027."));
        events.ShouldContain(e => e.Kind == "trial" && e.Date.ToString() == "2026-03-10", Show(events));
        events.ShouldContain(e => e.Kind == "death" && e.Date.ToString() == "2026-03-08", Show(events));
        var agreement = events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events));
        agreement.Date.ToString().ShouldBe("2026-03");
    }

    [Fact]
    public void Conditions_and_procedures_are_no_events_but_a_trial_set_to_begin_is_planned()
    {
        var events = EventsOf(("2026-01-15", "Senate prepares\n\nIf the assembly votes to impeach the governor, he would then face trial in the Senate. Under the charter, an impeachment trial is conducted in the Senate. The majority leader said the trial could possibly commence on Tuesday, January 20."));
        var trial = events.Where(e => e.Kind == "trial").ShouldHaveSingleItem(Show(events));
        trial.Date.ToString().ShouldBe("2026-01-20");
        trial.Status.ShouldBe(EventStatus.Planned);
    }
}

/// <summary>Verb-phrase events of parliaments, governments, police and diplomats, on articles written for these tests.</summary>
public class EventVerbPhraseTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} @{e.Place}"));

    [Fact]
    public void A_chronology_in_the_present_tense_gives_one_dated_vote_per_line()
    {
        var events = EventReadingTests.EventsOf(("2026-06-01", "Explainer: the budget fight\n\n## Chronology\n\n- 12 March 2026: The National Assembly of Kenya approves the budget by 120 votes to 80.\n- 20 April 2026: The Senate of Kenya rejects an amendment by Senator Amina Odhiambo.\n- 5 May 2026: The Senate of Kenya approves the budget by 40 votes to 21."));
        var votes = events.Where(e => e.Kind == "election").Select(e => e.Date.ToString()).Order(StringComparer.Ordinal).ToList();
        votes.ShouldBe(["2026-03-12", "2026-04-20", "2026-05-05"], Show(events));
    }

    [Fact]
    public void A_chronology_of_iso_dates_gives_one_dated_event_per_line()
    {
        var events = EventReadingTests.EventsOf(("2026-10-01", "Explainer: the port deal\n\n## Timeline\n\n- 2025-02-11: Chile and Peru open a joint customs office at Arica.\n- 2026-04-07: The customs working group meets for the first time, in Lima.\n- 2026-06-19: A consortium led by a Chilean firm wins the tender for the new terminal."));
        var dates = events.Select(e => e.Date.ToString()).Order(StringComparer.Ordinal).ToList();
        dates.ShouldBe(["2025-02-11", "2026-04-07", "2026-06-19"], Show(events));
    }

    [Fact]
    public void Calls_by_phone_visits_due_and_arrests_are_events_but_opinions_are_not()
    {
        var events = EventReadingTests.EventsOf(("2025-11-20", "Jakarta talks\n\nJapanese Foreign Minister Kenji Tanaka discussed the fishing dispute by phone with his Indonesian counterpart on Monday. An Indonesian delegation is due in Tokyo on December 2. Opposition leader Budi Santoso, who has been held since his arrest in Surabaya on March 3, 2024, rejected the comparison."));
        events.ShouldContain(e => e.Kind == "call" && e.Date.ToString() == "2025-11-17", Show(events));
        events.ShouldContain(e => e.Kind == "visit" && e.Date.ToString() == "2025-12-02" && e.Status == EventStatus.Planned, Show(events));
        events.ShouldContain(e => e.Kind == "arrest" && e.Date.ToString() == "2024-03-03", Show(events));
        events.ShouldNotContain(e => e.Kind == "election", Show(events));
    }

    [Fact]
    public void A_government_declaring_victory_is_an_event_but_announcing_that_something_is_so_is_not()
    {
        var events = EventReadingTests.EventsOf(("2025-02-02", "Ceasefire holds\n\nThe Government of Mozambique has since declared victory over the insurgents. The Government of Malawi announced that it would keep its border closed."));
        events.Where(e => e.Kind == "announcement").ShouldHaveSingleItem(Show(events)).Title.ShouldContain("Mozambique");
    }

    [Fact]
    public void The_capital_named_after_its_country_takes_the_citys_own_name_and_a_war_ended_with_an_agreement_dates_it()
    {
        var events = EventReadingTests.EventsOf(("2025-05-02", "Peace at last\n\nThe two sides signed a truce on Thursday after talks in the Kenyan capital, Nairobi. The 1998 border war ended with a peace agreement that was never ratified."));
        events.ShouldContain(e => e.Kind == "talks" && e.Place == "Nairobi", Show(events));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "1998" && e.Title.Contains("agreement", StringComparison.OrdinalIgnoreCase), Show(events));
    }

    [Fact]
    public void The_Court_of_Session_is_a_court_and_its_judgment_an_event()
    {
        var events = EventReadingTests.EventsOf(("2025-03-14", "Court rules\n\nOn Wednesday, the Court of Session in Edinburgh issued a ruling on the fishing licences. The Court of Session is the highest civil court in Scotland."));
        events.ShouldNotContain(e => e.Kind == "meeting", Show(events));
        events.ShouldContain(e => e.Kind == "decision" && e.Date.ToString() == "2025-03-12", Show(events));
    }

    [Fact]
    public void Undated_rulings_of_two_unrelated_stories_stay_two_events()
    {
        var events = EventReadingTests.EventsOf(
            ("2025-04-01", "Fishing row\n\nNorway's fishing fleet protested in Bergen. The Supreme Court ruled that the licences were void. Norway's fishing minister Ola Berg said Norway would appeal."),
            ("2025-04-02", "Water row\n\nChile's farmers protested in Talca. The Supreme Court ruled that the water rights were void. Chile's farm minister Ana Rojas said Chile would comply."));
        events.Count(e => e.Kind == "decision").ShouldBe(2, Show(events));
    }
}

/// <summary>What a reported clause, a noun used as a modifier and the article's own date say about events.</summary>
public class EventContextTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_day_before_said_dates_the_saying_and_a_poisoning_and_an_airlift_of_a_named_person_are_events()
    {
        var events = EventReadingTests.EventsOf(("2024-03-09", "Activist poisoned\n\nOn Wednesday, the Government of Georgia said opposition activist Levan Beridze was poisoned with a nerve agent. Levan Beridze was airlifted from Batumi to Vienna on Friday."));
        events.Where(e => e.Kind == "incident").ShouldHaveSingleItem(Show(events)).Date.ShouldBeNull();
        events.Where(e => e.Kind == "evacuation").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2024-03-08");
    }

    [Fact]
    public void War_crimes_tribunals_and_sanctions_evasion_are_no_events_and_a_deadline_dates_nothing()
    {
        var events = EventReadingTests.EventsOf(("2025-06-10", "Court in The Hague\n\nTalks on Serbia will begin only if Belgrade co-operates with the UN war crimes tribunal. Analyst Mira Kovac, who tracks sanctions evasion at a think tank in Vienna, disagreed. The Parliament of Serbia was suspended until October 14."));
        events.ShouldNotContain(e => e.Kind == "war" || e.Kind == "sanctions", Show(events));
        events.ShouldNotContain(e => e.Date.ToString() == "2025-10-14", Show(events));
    }

    [Fact]
    public void What_members_meet_for_next_month_is_planned()
    {
        var events = EventReadingTests.EventsOf(("2026-01-28", "Coal sanctions\n\nJapan was expected to act when the group's members meet in Tokyo next month."));
        var meeting = events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
        meeting.Status.ShouldBe(EventStatus.Planned);
        meeting.Date.ToString().ShouldBe("2026-02");
    }
}

/// <summary>Who takes part in an event: people who go to it, chair it or host it, not only the countries named with it.</summary>
public class EventParticipantTests
{
    [Fact]
    public void People_who_travel_to_or_chair_a_meeting_take_part_in_it()
    {
        var events = EventReadingTests.EventsOf(("2025-09-01", "Border talks\n\nPeru and Ecuador will send their foreign ministers to Quito for talks on September 9. The meeting at the Andean Community headquarters will be chaired by the Andean Community envoy, Dr. Lucia Paredes. Peru's Foreign Minister Javier Salas said on Monday that he would travel to the talks."));
        var talks = events.ShouldHaveSingleItem(string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date}")));
        talks.Actors.ShouldContain(a => a.Contains("paredes", StringComparison.Ordinal), string.Join(",", talks.Actors));
        talks.Actors.ShouldContain(a => a.Contains("salas", StringComparison.Ordinal), string.Join(",", talks.Actors));
        talks.Title.ShouldNotStartWith("What");
    }
}

/// <summary>Stock phrases of wire copy that name no particular event.</summary>
public class EventStockPhraseTests
{
    [Fact]
    public void A_next_meeting_of_nobody_in_particular_and_negotiations_lasting_into_next_year_are_no_events()
    {
        var events = EventReadingTests.EventsOf(("2025-10-02", "Fisheries\n\nA statement from the fishing cooperative said its members would return to the quota question at their next meeting. Analysts expect the negotiations to continue well into next year, with few concessions on either side."));
        events.ShouldBeEmpty(string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date}")));
    }
}
