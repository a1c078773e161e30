using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Ways of telling an event that general rules cover, on articles written for these tests: agency datelines, a date
/// inside the event's noun phrase, quotes that keep their own days, chronology lines, signings, and verbs whose
/// complement is the event.
/// </summary>
public class EventWordingTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void The_day_of_an_agency_dateline_dates_no_event()
    {
        var events = EventReadingTests.EventsOf(
            ("2026-05-04", "Regional summit\n\nTASHKENT, May 4 (UzA) – President Dilshod Karimov will chair a regional summit on water in Samarkand on Thursday, the press service reported."),
            ("2026-05-05", "Water deal\n\nMay 5 (Reuters) - Ghana's cabinet approved the water protocol at a session in Accra last week."));
        events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-07");
        events.ShouldNotContain(e => e.Date.ToString() == "2026-05-04" || e.Date.ToString() == "2026-05-05", Show(events));
    }

    [Fact]
    public void A_date_in_the_events_own_noun_phrase_is_its_date()
    {
        var events = EventReadingTests.EventsOf(("2026-03-12", "Governor sworn in\n\nPierre Dubois was sworn in last week following the March 3 resignation of Governor Anne Morel. About 3 million people voted in Sunday's election."));
        events.Where(e => e.Kind == "resignation").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03-03");
        events.Where(e => e.Kind == "election").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03-08");
        events.ShouldNotContain(e => e.Kind == "decision", Show(events));
    }

    [Fact]
    public void A_speakers_today_does_not_date_the_speech_that_quotes_it()
    {
        var events = EventReadingTests.EventsOf(("2026-02-10", "Minister quits\n\nIn his farewell speech to parliament, Jonas Berg said, “Today I leave this office with a clear conscience and no regrets.”"));
        events.ShouldNotContain(e => e.Date.ToString() == "2026-02-10", Show(events));
    }

    [Fact]
    public void Each_line_of_a_chronology_is_an_event_dated_by_the_line()
    {
        var events = EventReadingTests.EventsOf(("2026-04-22", "Key dates in the Naryn dispute\n\n* 1975 - The Naryn hydropower plant is inaugurated under Soviet rule.\n\n* Jan. 2026 - Kazakhstan halts gas exports to Kyrgyzstan during a cold snap.\n\n* Sept. 5, 2017 - The presidents of Ghana and Togo sign a border treaty during a state visit to Accra."));
        var dates = events.Select(e => e.Date.ToString()).ToList();
        dates.ShouldContain("1975", Show(events));
        events.ShouldContain(e => e.Date.ToString() == "2026-01" && e.Title.Contains("halts gas exports", StringComparison.Ordinal), Show(events));
        events.ShouldContain(e => e.Kind == "visit" && e.Date.ToString() == "2017-09-05", Show(events) + " ;; " + string.Join(",", events.Select(e => e.Kind)));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2017-09-05", Show(events));
    }

    [Fact]
    public void A_signing_is_an_event_whoever_signs_but_a_protocol_followed_or_a_contract_one_may_be_made_to_sign_is_not()
    {
        var events = EventReadingTests.EventsOf(
            ("2026-04-21", "Summit ends\n\nThe three foreign ministers also signed a memorandum setting up a joint monitoring centre."),
            ("2026-05-12", "Brief\n\nThe centre, created by an accord signed at the same summit, publishes daily data."),
            ("2026-06-01", "Penguins\n\nIn 1983 the biologists set up a standard protocol that we follow each year. Vendors will try to make you sign a contract."));
        events.Count(e => e.Kind == "agreement").ShouldBe(2, Show(events));
        events.ShouldNotContain(e => e.Date.ToString() == "1983", Show(events));
    }

    [Fact]
    public void Clashes_collisions_lawsuits_blockades_and_leaving_office_are_events()
    {
        var events = EventReadingTests.EventsOf(("2026-07-30", "Troubled summer\n\nEthnic clashes in Osh killed dozens in June. Governor Ana Ruiz is to leave office on August 2. A lawsuit filed by the Senate on Sunday challenges the appointment. Farmers blocked a highway for two days in May. Marta Lind died in a collision near Lund on July 1."));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2026-06", Show(events));
        events.ShouldContain(e => e.Kind == "resignation" && e.Date.ToString() == "2026-08-02" && e.Status == EventStatus.Planned, Show(events));
        events.ShouldContain(e => e.Kind == "trial" && e.Date.ToString() == "2026-07-26", Show(events));
        events.ShouldContain(e => e.Kind == "protest" && e.Date.ToString() == "2026-05", Show(events));
        events.ShouldContain(e => e.Date.ToString() == "2026-07-01", Show(events));
    }

    [Fact]
    public void A_chamber_that_was_to_meet_and_one_that_confirmed_a_nominee_are_events()
    {
        var events = EventReadingTests.EventsOf(("2026-08-08", "Nominee in limbo\n\nThe House of Representatives of Chile confirmed him on Friday. The Senate of Chile was to meet Monday to discuss the nomination."));
        events.ShouldContain(e => e.Kind == "election" && e.Date.ToString() == "2026-08-07", Show(events));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2026-08-03", Show(events));
    }

    [Fact]
    public void The_tuesday_summit_is_the_summit_already_said_to_fall_on_tuesday()
    {
        var events = EventReadingTests.EventsOf(("2026-04-20", "Summit ahead\n\nPresident Temir Sadykov will host his counterparts at a summit in Bishkek on Tuesday. On Saturday, the foreign ministers discussed the preparation of the Tuesday summit."));
        var summit = events.Where(e => e.Kind is "summit" or "meeting").ShouldHaveSingleItem(Show(events));
        summit.Date.ToString().ShouldBe("2026-04-21");
        summit.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void Weeks_ago_is_a_week_given_as_its_month_or_year_never_a_day()
    {
        var events = EventReadingTests.EventsOf(
            ("2026-04-21", "Talks\n\nThe talks in Tashkent collapsed three weeks ago."),
            ("2026-04-29", "Talks\n\nThe talks in Dushanbe collapsed three weeks ago."));
        events.Select(e => e.Date?.ToString() ?? "").Order(StringComparer.Ordinal).ToList().ShouldBe(new List<string> { "2026", "2026-04" }, Show(events));
    }

    [Fact]
    public void An_agreement_named_by_what_follows_its_kind_word_is_its_own_event_not_a_reference_back()
    {
        var events = EventReadingTests.EventsOf(("2026-04-20", "Summit ahead\n\nThe three presidents are expected to sign a protocol on water in Bishkek on Tuesday. The basin is governed by the Agreement on the Use of Water and Energy Resources, which the three countries signed in March 1998."));
        var agreements = events.Where(e => e.Kind == "agreement").ToList();
        agreements.Count.ShouldBe(2, Show(events));
        agreements.ShouldContain(e => e.Date.ToString() == "1998-03" && e.Title.StartsWith("Agreement on the Use", StringComparison.Ordinal), Show(events));
    }
    [Fact]
    public void The_capitalized_words_before_a_convention_named_by_its_subject_are_part_of_its_name()
    {
        var events = EventReadingTests.EventsOf(
            ("2026-03-02", "Fisheries\n\nThe ministers met in Quito on Monday. Ecuador invoked the Andean Convention on River Fisheries at the meeting."),
            ("2026-03-05", "Fisheries\n\nFiji's Convention on Reef Fisheries and the Pacific Convention on River Fisheries were discussed in Suva on Thursday."));
        var titles = events.Where(e => e.Kind == "agreement").Select(e => e.Title).ToList();
        titles.ShouldContain(t => t.StartsWith("Andean Convention on River Fisheries", StringComparison.Ordinal), Show(events));
        titles.ShouldContain(t => t.StartsWith("Pacific Convention on River Fisheries", StringComparison.Ordinal), Show(events));
        // A possessive is whose convention it is, not its name.
        titles.ShouldContain(t => t.StartsWith("Convention on Reef Fisheries", StringComparison.Ordinal), Show(events));
    }
    [Fact]
    public void A_name_ending_in_its_kind_word_then_naming_its_subject_is_one_name()
    {
        var events = EventReadingTests.EventsOf(
            ("2026-03-02", "Coastal waters\n\nThe Baltic Treaty on Coastal Waters, signed in 1974, still holds, the ministers said in Tallinn on Monday."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Title.StartsWith("Baltic Treaty on Coastal Waters", StringComparison.Ordinal) && e.Date.ToString() == "1974", Show(events));
    }
}
