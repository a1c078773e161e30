using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Events told without an actor as subject or by wording the first rules missed, on articles written for these tests:
/// live-blog entries and chronology lines that date a whole paragraph, nouns whose clause says they happened ("took
/// effect", "was held"), decisions named by what they decide, resignations and successions announced ahead, talks
/// between two named people.
/// </summary>
public class EventOccurrenceTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_live_blog_entry_stamped_with_a_clock_time_dates_its_events_to_the_articles_day()
    {
        var events = EventsOf(("2026-03-02", "Live: fisheries talks in Reykjavik\n\n**10:15** Ministers are still arguing over quotas.\n\n**12:40** BREAKING: The two delegations have signed a fisheries agreement.\n\n**13:05 GMT** - The Icelandic minister gave a news conference in the harbour."));
        events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03-02");
        events.Where(e => e.Kind == "press").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03-02");
    }

    [Fact]
    public void A_clock_time_inside_a_sentence_is_not_a_stamp()
    {
        var events = EventsOf(("2026-03-02", "Ferry strike\n\nUnions said on Friday that the ferries would stop at 10:15 if the talks failed. The two delegations have signed a fisheries agreement, officials said."));
        events.Where(e => e.Kind == "agreement").ShouldAllBe(e => e.Date == null, Show(events));
    }

    [Fact]
    public void A_chronology_lines_date_holds_for_the_sentences_after_it()
    {
        var events = EventsOf(("2024-05-01", "Timeline: the cod dispute\n\n* Jan. 9, 2024 - Norway and Iceland sign a fishing accord in Oslo. Their coast guards sign a memorandum on joint patrols in the Barents Sea."));
        events.Where(e => e.Kind == "agreement").Select(e => e.Date.ToString()).ShouldBe(["2024-01-09", "2024-01-09"], Show(events));
    }

    [Theory]
    [InlineData("A ceasefire between the two militias took effect at midnight, residents said.", "agreement")]
    [InlineData("The referendum was held amid heavy rain and a boycott by the opposition.", "election")]
    [InlineData("Talks between the two water agencies collapsed over the price of electricity.", "talks")]
    public void A_noun_whose_clause_says_it_happened_is_an_event(string sentence, string kind)
    {
        var events = EventsOf(("2026-08-14", "Region news\n\n" + sentence));
        events.ShouldContain(e => e.Kind == kind, Show(events));
    }

    [Fact]
    public void Events_of_a_kind_spoken_of_in_general_are_still_not_events()
    {
        var events = EventsOf(("2026-08-14", "Region news\n\nCeasefires in the valley usually collapse within days. A ceasefire is only as strong as the will behind it."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void A_decision_named_by_what_it_decides_is_an_event_of_whoever_made_it()
    {
        var events = EventsOf(("2026-09-03", "Diplomats expelled\n\nNorway defended its decision to expel three Belarusian diplomats. The decision was criticised by the opposition."));
        events.Where(e => e.Kind == "decision").ShouldHaveSingleItem(Show(events));
    }

    [Fact]
    public void A_speakers_own_decision_and_a_decision_taken_somewhere_are_not_events()
    {
        var events = EventsOf(("2026-09-03", "Club news\n\n\"My decision to leave the club was personal,\" the coach said. The chairman took the decision to the members' assembly."));
        events.ShouldNotContain(e => e.Kind == "decision", Show(events));
    }

    [Fact]
    public void A_resignation_announced_ahead_and_a_successor_named_are_planned_events()
    {
        var events = EventsOf(("2026-10-05", "Mayor to quit\n\nMayor Lina Sorensen told supporters on Sunday that she would resign. Sorensen is set to be replaced by her deputy, Henrik Dahl."));
        events.ShouldContain(e => e.Kind == "resignation" && e.Status == EventStatus.Planned, Show(events));
        events.ShouldContain(e => e.Kind == "appointment" && e.Status == EventStatus.Planned, Show(events));
    }

    [Fact]
    public void Speaking_with_a_named_person_is_a_conversation_but_speaking_with_reporters_is_not()
    {
        var events = EventsOf(("2026-11-20", "Ferry dispute\n\nFinnish Foreign Minister Aino Virtanen spoke with Estonian Foreign Minister Kadri Tamm about the ferry dispute. Virtanen later spoke with Reuters and with reporters in Helsinki."));
        events.Where(e => e.Kind == "call").ShouldHaveSingleItem(Show(events));
    }

    [Fact]
    public void Talks_on_the_day_of_a_summit_already_told_are_that_summit()
    {
        var events = EventsOf(("2026-02-17", "Live: Arctic summit\n\n**09:00** The Arctic summit opens in Tromsø today.\n\n**10:30** The prime ministers have sat down for talks in a restricted format."));
        events.ShouldHaveSingleItem(Show(events)).Kind.ShouldBe("summit");
    }

    [Fact]
    public void A_proposal_and_an_announcement_expected_of_a_country_are_events()
    {
        var events = EventsOf(("2026-12-01", "Alpine traffic\n\nAustria proposed a ban on night flights over the Alps. Switzerland is expected to announce similar limits. The proposed ban was debated in Vienna. Italy then proposed that the issue be raised at the next meeting."));
        events.ShouldContain(e => e.Title == "Austria’s proposal", Show(events));
        events.ShouldContain(e => e.Kind == "announcement" && e.Status == EventStatus.Planned, Show(events));
        events.Count.ShouldBe(2, Show(events));
    }

    [Fact]
    public void A_bare_event_noun_is_titled_by_who_took_part()
    {
        var events = EventsOf(("2026-05-14", "Cabinet news\n\nThe resignation of Latvian Foreign Minister Ilze Ozola on Monday surprised the coalition."));
        events.Where(e => e.Kind == "resignation").ShouldHaveSingleItem(Show(events)).Title.ShouldBe("Ozola’s resignation");
    }
}
