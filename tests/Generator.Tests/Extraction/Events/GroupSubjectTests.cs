using BriefingSite.Extraction.Events;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A group or body named by a common noun ("the two sides", "the four Nordic states", "allies") acts as a named actor
/// does: its dated deed and its agreeing are events; figures and prices doing something are not. Sentences written for
/// these tests.
/// </summary>
public class GroupSubjectTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Theory]
    [InlineData("the four Nordic states", true)]
    [InlineData("The two sides", true)]
    [InlineData("allies", true)]
    [InlineData("Ghanaian officials", true)]
    [InlineData("a Norwegian coast guard officer", true)]
    [InlineData("The Cabinet", true)]
    [InlineData("the Federal Government had", true)]
    [InlineData("The Harbour Bridge", false)]
    [InlineData("Prices", false)]
    [InlineData("the growth figures", false)]
    [InlineData("Both companies", false)]
    public void A_group_subject_is_a_noun_of_people_or_bodies(string subject, bool group) => GroupSubjects.Is(subject).ShouldBe(group);

    [Fact]
    public void A_dated_deed_of_a_group_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Grid\n\nThe four Nordic states left the joint capacity market in March 2024, officials in Oslo said."));
        events.ShouldContain(e => e.Title.StartsWith("The four Nordic states left the joint capacity market") && e.Date.ToString() == "2024-03", Show(events));
    }

    [Fact]
    public void A_group_agreeing_to_do_something_is_an_agreement()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Fisheries\n\nAfter four hours of talks, the two sides agreed to set up a joint patrol commission."));
        events.ShouldContain(e => e.Kind == "agreement", Show(events));
    }

    [Fact]
    public void A_body_written_with_a_capital_deciding_on_a_day_is_a_decision()
    {
        var events = EventReadingTests.EventsOf(("2026-09-17", "Storm warning\n\nThe Cabinet decided yesterday that all schools in Port Varel will stay shut until Monday."));
        events.ShouldContain(e => e.Kind == "decision" && e.Title.StartsWith("The Cabinet decided") && e.Date.ToString() == "2026-09-16", Show(events));
    }

    [Fact]
    public void A_body_that_had_agreed_on_a_day_to_act_took_a_decision()
    {
        var events = EventReadingTests.EventsOf(("2026-09-17", "Fishing fleet\n\nThe minister told members that the Regional Government had agreed on 2 September 2026 to double the fuel subsidy for trawlers."));
        events.ShouldContain(e => e.Kind == "decision" && e.Title.Contains("Regional Government had agreed") && e.Date.ToString() == "2026-09-02", Show(events));
    }

    [Fact]
    public void A_bodys_undated_deed_inside_a_straight_quote_left_open_at_the_sentences_end_is_no_event()
    {
        SentenceText.OpenStraightQuote("He said: \"By passing the act, Parliament sent a message.").ShouldBe(9);
        SentenceText.OpenStraightQuote("He said: \"We will.\" Then he left.").ShouldBe(-1);
        var events = EventReadingTests.EventsOf(("2026-09-17", "Fraud\n\nA spokesman for the Treasury said: \"By passing the act, Parliament sent a firm message that it expects tax fraud to be punished. \"We will enforce it.\""));
        events.ShouldNotContain(e => e.Title.Contains("Parliament sent"), Show(events));
    }

    [Fact]
    public void Figures_doing_something_are_no_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Economy\n\nThe growth figures improved in March 2026, and prices fell in April."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void A_body_that_met_held_a_meeting_but_demands_that_were_met_are_none()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Succession\n\nWhen the royal council met, it chose the late king's nephew.\n\nThe minister said the unions' demands had been met."));
        events.Where(e => e.Kind == "meeting").ShouldHaveSingleItem(Show(events));
    }
}
