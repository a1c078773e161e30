using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A day given in a sentence-opening "When ..." clause before a main clause in the future is the coming one; "This comes a
/// week after" an event places that event before the one just told of, without moving the story back to it; and the event
/// a sentence opens with ("During that meeting, ...") takes no day the main clause gives to what would be done.
/// </summary>
public class ForwardAndRecalledDateTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_weekday_in_an_opening_when_clause_before_a_future_is_the_coming_one()
    {
        // Wednesday 6 May 2026: the coming Saturday is 9 May, the past one 2 May.
        var events = EventsOf(("2026-05-06", "Derby preview\n\nWhen Finland's squad walk out at the stadium in Tallinn on Saturday, it will be the first time the two national teams have met on Estonian soil in more than twenty years. The sports ministers of both countries will meet in the Estonian capital the day before the match."));
        var dates = events.Where(e => e.Kind == "meeting").Select(e => e.Date.ToString()).Order().ToList();
        dates.ShouldBe(["2026-05-08", "2026-05-09"], Show(events));
    }

    [Fact]
    public void A_when_clause_in_the_past_keeps_the_past_day()
    {
        var events = EventsOf(("2026-05-06", "Talks\n\nWhen the ministers met in Riga on Saturday, they said they will keep talking."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-02");
    }

    [Fact]
    public void This_comes_a_week_after_an_event_dates_it_a_week_before_the_one_just_told_of()
    {
        // Monday 21 December 2026: Friday is the 18th.
        var events = EventsOf(("2026-12-21", "Minister isolates\n\nPrime Minister Arvo Kallas of Estonia posted a message on Friday announcing he had tested positive for COVID-19.  This comes a week after he attended a summit with Chancellor Olaf Weber, who was later diagnosed with the disease.\n\nMinisters who attended an official meeting with the Prime Minister two days earlier are isolating. During that meeting, it was agreed a partial lockdown would be instated on Saturday."));
        events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-12-11");
        // "two days earlier" counts from the positive test, not from the summit recalled in between; "that meeting" is that meeting.
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-12-16");
    }

    [Fact]
    public void A_date_opening_the_sentence_dates_the_first_event_after_it_however_long_the_clause_between()
    {
        var events = EventsOf(("2026-08-21", "Foreign Ministers' Telephone Talk\n\nOn August 20, commencing at 4:30 p.m. for approximately 40 minutes, Ms. Ingrid Solberg, Minister for Foreign Affairs of Norway, held a telephone talk with H.E. Mr. Tomas Varga, Minister for Foreign Affairs of Hungary. The overview of the talk is as follows.\n\nThe two Ministers last spoke by telephone on March 2, when they agreed to launch a working group."));
        events.Where(e => e.Kind == "call").Select(e => e.Date.ToString()).Order().ToList().ShouldBe(["2026-03-02", "2026-08-20"], Show(events));
    }

    [Fact]
    public void An_event_that_comes_after_a_dated_clause_does_not_take_its_day()
    {
        // Wednesday 20 May 2026: Sunday is the 17th, Saturday the 16th.
        var events = EventsOf(("2026-05-20", "Tougher sentences\n\nOn Sunday, party leader Marek Vondra publicly announced plans for tougher sentences for poaching. This announcement comes after the documentary Silent Forest (cs: Tichý les) was released on YouTube on Saturday."));
        events.Where(e => e.Kind == "announcement").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-17");
    }
}
