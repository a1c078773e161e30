using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A mention that merges with another of the same kind on the same day joins the whole event, also when a third article
/// told that event in other words (talks where the others say summit) and shares only part of the story with it; a
/// mention of another day, or of another place, stays apart. Short articles written for these tests.
/// </summary>
public class SameDayJoinTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] ({string.Join(",", e.Articles)})"));

    private const string Preview = "Nordic leaders to gather in Tromsø\n\nThe Nordic Council will hold its ordinary summit in Tromsø on 20 April, the Nordic Council secretariat said on Thursday. "
        + "Finland and Iceland have asked for a debate on fisheries. The prime ministers of Finland and Iceland will both attend.";

    private const string Wire = "Tromsø braces for ministers\n\nNorway will hold talks in Tromsø on 20 April to settle the fisheries quarrel. "
        + "Norway wants quotas cut, the Nordic Council said. The Nordic Council has no say on quotas.";

    private static string Letter(string when) => "Letter from Reykjavik\n\nIceland's delegation has packed its charts for the summit " + when + ". "
        + "Iceland hopes to win over Finland. Finland has said little. The Nordic Council has kept out of it, and the Nordic Council secretariat is silent.";

    [Fact]
    public void A_mention_of_one_day_joins_the_event_a_third_article_tells_in_other_words()
    {
        var events = EventsOf(("2026-04-02", Preview), ("2026-04-08", Wire), ("2026-04-12", Letter("on 20 April")));
        var dated = events.Where(e => e.Date?.ToString() == "2026-04-20").ToList();
        dated.ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(3, Show(events));
    }

    [Fact]
    public void A_mention_of_another_day_stays_apart()
    {
        var events = EventsOf(("2026-04-02", Preview), ("2026-04-08", Wire), ("2026-04-12", Letter("on 21 April")));
        events.Where(e => e.Date?.ToString() == "2026-04-21").ShouldHaveSingleItem(Show(events)).Articles.Length.ShouldBe(1, Show(events));
    }

    [Fact]
    public void A_mention_of_another_place_stays_apart()
    {
        var events = EventsOf(("2026-04-02", Preview), ("2026-04-08", Wire), ("2026-04-12", Letter("in Bergen on 20 April")));
        events.Where(e => e.Articles.Length == 3).ShouldBeEmpty(Show(events));
    }
}
