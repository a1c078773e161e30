using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// Cross-article merging on evidence the words of two tellings share little of: what the writers called the event, an
/// undated report written days after a dated preview of one story; and the guards that keep look-alikes apart: the day an
/// article was written bounds what it can report or preview, and one name on other dates is another event of that name.
/// </summary>
public class EventMergeEvidenceTests
{
    [Fact]
    public void A_report_written_before_the_day_of_a_look_alike_is_another_event()
    {
        var events = Link(
            ("wire", "2026-05-12", "Customs experts held a meeting in Lomé last week, Togolese trade minister Kofi Amedzro said. Kofi Amedzro said Ghanaian envoy Ama Owusu sent a letter, and Ama Owusu confirmed it."),
            ("sketch", "2026-05-27", "Ghanaian envoy Ama Owusu held a meeting with the committee on 19 May. Kofi Amedzro was not invited, Ama Owusu said, and Kofi Amedzro did not comment."));
        events.Where(e => e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }

    [Fact]
    public void One_name_on_other_dates_is_another_event()
    {
        var events = Link(
            ("first", "2025-02-15", "German Chancellor Olaf Scholz spoke at the Munich Security Conference on Friday."),
            ("second", "2026-02-14", "German Chancellor Friedrich Merz spoke at the Munich Security Conference on Friday."));
        events.Where(e => e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }

    [Fact]
    public void The_same_thing_told_on_the_same_day_in_one_story_is_one_event()
    {
        var events = Link(
            ("liveblog", "2026-06-03", "Kazakh Energy Minister Aigerim Nurlanova and Uzbek Energy Minister Rustam Yuldashev met in Almaty. Aigerim Nurlanova and Rustam Yuldashev signed a memorandum in Almaty on Tuesday."),
            ("brief", "2026-06-20", "Aigerim Nurlanova said the memorandum signed on 2 June would be tested this summer. Rustam Yuldashev agreed with Aigerim Nurlanova."));
        var memoranda = events.Where(e => e.Kind == "agreement").ToList();
        memoranda.Count.ShouldBe(1, Describe(events));
        memoranda[0].Articles.Length.ShouldBe(2, Describe(events));
    }

    [Fact]
    public void An_undated_report_days_after_a_dated_preview_of_the_same_story_is_that_event()
    {
        var events = Link(
            ("preview", "2025-03-04", "Envoys of Sudan and South Sudan will hold talks at the African Union Commission headquarters on March 11, Sudanese envoy Amina Idris said. Amina Idris said South Sudan had agreed."),
            ("report", "2025-03-12", "Sudan and South Sudan signed a ceasefire after talks in Addis Ababa, Amina Idris said. South Sudan welcomed it and Amina Idris thanked Sudan."));
        var talks = events.Where(e => e.Kind is "talks" or "meeting").ToList();
        talks.Count(t => t.Articles.Length == 2).ShouldBe(1, Describe(events));
    }

    [Fact]
    public void A_deed_told_without_an_event_word_on_the_day_of_a_meeting_is_that_meeting()
    {
        var events = Link(
            ("minutes", "2026-03-18", "The Security Council heard Colombian envoy Ana Ruiz on Wednesday. Ana Ruiz asked the Security Council for support."),
            ("factcheck", "2026-04-02", "Ana Ruiz addressed a meeting of the Security Council on 18 March, the record shows. The Security Council thanked Ana Ruiz."));
        var merged = events.Where(e => e.Articles.Length == 2).ToList();
        merged.Count.ShouldBe(1, Describe(events));
        merged[0].Kind.ShouldBe("meeting", Describe(events));
    }

    [Fact]
    public void A_deed_told_without_an_event_word_on_another_day_stays_apart()
    {
        var events = Link(
            ("minutes", "2026-03-18", "The Security Council heard Colombian envoy Ana Ruiz on Wednesday. Ana Ruiz asked the Security Council for support."),
            ("factcheck", "2026-04-02", "Ana Ruiz addressed a meeting of the Security Council on 25 March, the record shows. The Security Council thanked Ana Ruiz."));
        events.Where(e => e.Articles.Length == 2).ShouldBeEmpty(Describe(events));
    }

    [Fact]
    public void A_preview_to_the_day_joins_the_report_and_a_later_reference_to_its_month()
    {
        var events = Link(
            ("diary", "2026-09-13", "Judges will deliver their ruling on 29 September, Kenyan lawyer Peter Mbugua said. Peter Mbugua expects Tanzania to lose, and Tanzania expects to win."),
            ("report", "2026-09-30", "The East African Court of Justice ruled on Tuesday that the ban breached the treaty, Peter Mbugua said. The East African Court of Justice gave Tanzania a month, Peter Mbugua said."),
            ("obituary", "2026-10-05", "The East African Court of Justice ruled last month that Tanzania's ban breached the treaty. Tanzania has not lifted the ban, and the East African Court of Justice has said nothing since."));
        var rulings = events.Where(e => e.Articles.Length > 1).ToList();
        rulings.Count.ShouldBe(1, Describe(events));
        rulings[0].Articles.Length.ShouldBe(3, Describe(events));
        rulings[0].Date.ToString().ShouldBe("2026-09-29");
    }

    [Fact]
    public void Two_peoples_resignations_on_one_day_of_one_story_stay_apart()
    {
        var events = Link(
            ("health", "2026-02-04", "Health Minister Anna Berg resigned on Tuesday over the hospital scandal, Prime Minister Lars Holm said. Lars Holm thanked her for her service."),
            ("finance", "2026-02-05", "Finance Minister Karl Dahl resigned on Tuesday over the budget, Prime Minister Lars Holm said. Lars Holm will name a successor next week."));
        var resignations = events.Where(e => e.Kind == "resignation").ToList();
        resignations.Count.ShouldBe(2, Describe(events));
        resignations.ShouldAllBe(r => r.Articles.Length == 1, Describe(events));
    }

    [Fact]
    public void Attacks_in_one_country_years_apart_are_not_one_attack_for_sharing_the_country()
    {
        var events = Link(
            ("inquiry", "2004-12-10", "The shooting of Iraqi civilians by British troops in May 2003 will face an inquiry, the Ministry of Defence said. Iraq welcomed the inquiry, and Iraq thanked the Ministry of Defence."),
            ("strike", "2020-01-05", "Iraq condemned the United States airstrike in Iraq that killed its commander. Iraq summoned the ambassador of the United States."));
        events.Where(e => e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }
}
