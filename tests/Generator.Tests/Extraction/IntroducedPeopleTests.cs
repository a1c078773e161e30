using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// People introduced only by what the sentence says they are: a relative a possessive owns ("his sister Ana Velasko"),
/// a name a person is identified as ("the seaman was identified as Jory Talamban"), a trade or condition in apposition
/// ("an American missionary"), a lower-case particle of a Filipino name ("dela"); a participle after a comma opens no apposition.
/// </summary>
public class IntroducedPeopleTests
{
    private static List<(string Key, ActorKind Kind)> Actors(string text) =>
        Extracting.Facts("Report\n\n" + text, path: "content/articles/a.md").Mentions.Select(m => (m.Key, m.Kind)).Distinct().ToList();

    [Fact]
    public void A_full_name_after_a_relative_someone_owns_is_a_person()
    {
        Actors("A coup removed the premier in 2006, and another removed his sister Yevra Talossan in 2014.").ShouldContain(("Yevra Talossan", ActorKind.Person));
        Actors("The court heard that Okoro's son Tamu Okoro had left the country.").ShouldContain(("Tamu Okoro", ActorKind.Person));
    }

    [Fact]
    public void A_full_name_a_person_is_identified_as_is_a_person()
    {
        Actors("The deceased seaman was identified as Jory Talamban by a coast guard spokesperson.").ShouldContain(("Jory Talamban", ActorKind.Person));
        Actors("Police named the woman as Ketra Mobaye on Friday.").ShouldContain(("Ketra Mobaye", ActorKind.Person));
    }

    [Fact]
    public void A_group_identified_as_something_is_no_person()
    {
        Actors("The attackers were identified as Jamaat Ansar Velaya by the army.").ShouldNotContain(a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_trade_in_apposition_introduces_a_person()
    {
        Actors("Hostages are often held for years. Orlen Wodaro, an American missionary kidnapped in 2016, was freed in 2023.")
            .ShouldContain(("Orlen Wodaro", ActorKind.Person));
        Actors("Rescuers found photojournalist Temba Ngorro alive on Sunday.").ShouldContain(("Temba Ngorro", ActorKind.Person));
    }

    [Fact]
    public void A_lower_case_dela_stays_inside_the_name()
    {
        Actors("Arnel dela Varga of the army's regional command said the group were the suspects.").ShouldContain(("Arnel dela Varga", ActorKind.Person));
    }

    [Fact]
    public void A_title_followed_by_a_participle_clause_is_no_person()
    {
        var actors = Actors("Highlights included the British film Copper Lantern, starring rapper Kofi Dane.");
        actors.ShouldContain(("Kofi Dane", ActorKind.Person));
        actors.ShouldNotContain(("Copper Lantern", ActorKind.Person));
    }
}
