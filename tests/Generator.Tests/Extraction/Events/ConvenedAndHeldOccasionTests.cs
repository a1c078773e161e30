using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Dates and occasions the wording around an event gives: a meeting convened for a day, a hearing held by video
/// conference over two days, a supply agreement signed on a day for deliveries from a later year, and an occasion that
/// "will be held" somewhere in a month to come. Sentences written for these tests.
/// </summary>
public class ConvenedAndHeldOccasionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_meeting_convened_for_a_day_is_one_planned_meeting_on_that_day()
    {
        var events = EventReadingTests.EventsOf(("2026-04-20", "Board\n\nThe Rowing Union of Malta has convened an extraordinary meeting of its council for Thursday 23 April 2026 in Valletta."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-04-23");
    }

    [Fact]
    public void A_hearing_held_by_video_conference_on_two_days_is_one_hearing_dated_by_its_month()
    {
        var events = EventReadingTests.EventsOf(("2026-07-01", "Case note\n\nThe hearing took place by video conference on 9 and 10 June 2026."));
        var hearing = events.ShouldHaveSingleItem(Show(events));
        hearing.Title.ShouldBe("Hearing");
        hearing.Date.ToString().ShouldBe("2026-06");
    }

    [Fact]
    public void An_agreement_signed_on_a_day_for_supplies_from_a_later_year_is_dated_by_the_signing()
    {
        var events = EventReadingTests.EventsOf(("2026-05-02", "Results\n\nOn 14 April we signed a five-year agreement to deliver copper foil to Ostrava Motors from 2029."));
        var deal = events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events));
        deal.Date.ToString().ShouldBe("2026-04-14");
        deal.Status.ShouldBe(EventStatus.Happened);
    }

    [Fact]
    public void An_occasion_that_will_be_held_in_a_month_to_come_is_planned_but_people_held_are_not()
    {
        var events = EventReadingTests.EventsOf(("2026-03-10", "Selection\n\nThe regional qualifiers will be held in Kumasi in May, the association said. "
            + "The two suspects will be held in Tamale on Monday. The officials will be held accountable in April."));
        events.ShouldHaveSingleItem(Show(events)).ShouldSatisfyAllConditions(
            e => e.Title.ShouldBe("Regional qualifiers to be held"),
            e => e.Date.ToString().ShouldBe("2026-05"),
            e => e.Status.ShouldBe(EventStatus.Planned));
    }

    [Fact]
    public void What_a_clause_of_when_right_after_a_date_tells_happened_on_that_date()
    {
        var events = EventReadingTests.EventsOf(("2026-05-02", "Results\n\nThe dock strike ended on 12 March, when we signed a three-year pay agreement with the union."));
        events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03-12");
        var longer = EventReadingTests.EventsOf(("2026-05-02", "Border\n\nThe last time Latvia signed a border treaty was in May 2021, when it settled its land border with Estonia through indirect talks mediated by Finland."));
        longer.ShouldNotContain(e => e.Kind == "talks" && e.Date != null, Show(longer));
    }
}
