using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// One capitalized word a title, a preposition or a verb of saying stands next to is not always a person: a noun the
/// title qualifies ("the General Assembly"-like runs), a peer's or bishop's see, a home town and its county, an adjective.
/// </summary>
public class LoneWordNoPersonTests
{
    private static List<string> Keys(string body) =>
        Extracting.ActorKeys(Extracting.Facts("Council news\n\n" + body + "\n", path: "content/articles/a.md"));

    [Fact]
    public void A_noun_after_an_article_and_a_title_is_no_person()
    {
        var keys = Keys("The Greens hope to gain seats at the General Referendum next spring. Ms Okafor praised the Queen Grandmother in a speech.");
        keys.ShouldNotContain("Referendum");
        keys.ShouldNotContain("Grandmother");
        keys.ShouldContain("Okafor");
    }

    [Fact]
    public void A_title_before_a_full_name_after_an_article_still_names_a_person()
    {
        Keys("Talks resumed after the President Talia Brennock arrived in the capital.").ShouldContain("Talia Brennock");
    }

    [Fact]
    public void A_possessive_word_before_an_organization_head_belongs_to_the_organization()
    {
        Keys("Shipping & General Porter's Union leader Dara Quilty said the strike would go ahead.").ShouldNotContain("Porter");
    }

    [Fact]
    public void A_see_or_field_after_of_or_for_is_no_person()
    {
        var keys = Keys("The Bishop of Marlowbury, the Rt Rev Simon Drake, said the bill was flawed. The Shadow Minister for the Household, Petra Lindqvist, said: \"It is late.\"");
        keys.ShouldNotContain("Marlowbury");
        keys.ShouldNotContain("Household");
        keys.ShouldContain("Simon Drake");
    }

    [Fact]
    public void A_peers_territorial_title_is_not_the_speaker()
    {
        var facts = Extracting.Facts("Lords ruling\n\nLord Ambrey of Tarnbury, in his ruling, said: \"The detention cannot stand.\"\n", path: "content/articles/a.md");
        var keys = Extracting.ActorKeys(facts);
        keys.ShouldNotContain("Tarnbury");
        keys.ShouldContain("Ambrey");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ambrey");
    }

    [Fact]
    public void A_home_town_and_its_county_are_no_speakers()
    {
        var keys = Keys("Mr Oyelaran, 29, from Brackwell, Kent, said he was held for a week. Crowds in Fennick, Dorsetshire said little.");
        keys.ShouldNotContain("Brackwell");
        keys.ShouldNotContain("Dorsetshire");
        keys.ShouldContain("Oyelaran");
    }

    [Fact]
    public void An_adjective_after_said_is_no_speaker_but_a_name_with_kin_after_it_is()
    {
        Keys("The minister said Flemish local councils had overspent. Later she asked Shobhamma aunty for advice.").ShouldNotContain("Flemish");
        Keys("The minister said Flemish local councils had overspent. Later she asked Shobhamma aunty for advice.").ShouldContain("Shobhamma");
    }

    [Fact]
    public void A_state_after_the_former_is_no_person()
    {
        var keys = Keys("Talks will begin once the country co-operates with the tribunal for the former Valdoria. The former minister Jan Hruby welcomed it.");
        keys.ShouldNotContain("Valdoria");
        keys.ShouldContain("Jan Hruby");
    }

    [Fact]
    public void A_boss_is_a_role_and_the_word_before_it_no_person()
    {
        var facts = Extracting.Facts("Headline\n\nThe union said Regulex boss Mr Tarrant's remarks were unhelpful.\n", path: "content/articles/a.md");
        // The word is the company the boss runs (EmployerNames), never a person.
        facts.Mentions.ShouldNotContain(m => m.Key == "Regulex" && m.Kind == BriefingSite.Model.ActorKind.Person);
        facts.Mentions.ShouldContain(m => m.Key == "Tarrant");
    }
}
