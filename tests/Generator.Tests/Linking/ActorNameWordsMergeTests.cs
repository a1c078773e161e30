using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// A participant both tellings name is evidence once, however many words its name has: "United States" is one actor, not
/// two shared words and a shared participant, so two sanctions of one year by the same country on other targets stay apart,
/// while one person's poisoning told undated and dated still merges on that person.
/// </summary>
public class ActorNameWordsMergeTests
{
    [Fact]
    public void Two_sanctions_of_one_year_by_one_country_stay_apart()
    {
        var events = Link(
            ("airline", "2026-02-01", "Germany bans Kestrel Air from its airports. Kestrel Air has been under United States sanctions since 2019, German officials said. Kestrel Air denied the charges and Germany gave no date."),
            ("commander", "2026-03-10", "A navy commander of Varland was killed in a drone strike on Monday. In 2019, the United States imposed sanctions on the commander over a plot against a Saudi Arabia embassy. Varland blamed Saudi Arabia."));
        events.Where(e => e.Kind == "sanctions" && e.Articles.Length > 1).ShouldBeEmpty(Describe(events));
    }

    [Fact]
    public void One_persons_poisoning_told_undated_and_dated_is_one_event()
    {
        var events = Link(
            ("airlift", "2026-08-22", "Opposition leader Pavel Drozdov fell ill on a flight on Thursday and was poisoned, his aides said. Pavel Drozdov was flown to Berlin today."),
            ("finding", "2026-09-05", "German doctors confirmed that Pavel Drozdov was poisoned. Pavel Drozdov remains in a Berlin hospital."));
        events.Where(e => e.Articles.Length == 2).ShouldNotBeEmpty(Describe(events));
    }
}
