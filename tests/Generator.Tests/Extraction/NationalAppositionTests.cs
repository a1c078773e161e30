using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A person introduced in apposition to what she is for her country: "refereed by a Zambian, Mwape Chilufya Banda." (an
/// indefinite demonym) and "His Ugandan opposite number, Kato Mugisha Ssempa," (a counterpart in other words).
/// </summary>
public class NationalAppositionTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Draw in Kampala\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_name_set_off_after_an_indefinite_demonym_is_a_person()
    {
        var facts = Facts("Uganda and Kenya drew 2-2 in Kampala on Sunday. The match was refereed by a Zambian, Mwape Chilufya Banda.");
        facts.Mentions.ShouldContain(m => m.Key == "Mwape Chilufya Banda" && m.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_name_set_off_after_opposite_number_is_a_person_who_speaks()
    {
        var facts = Facts("Kenya's coach said his side had been unlucky. His Ugandan opposite number, Kato Mugisha Ssempa, called the draw \"a fair reward for both teams\".");
        facts.Mentions.ShouldContain(m => m.Key == "Kato Mugisha Ssempa" && m.Kind == ActorKind.Person);
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Kato Mugisha Ssempa");
    }

    [Fact]
    public void A_country_name_after_an_article_is_no_demonym()
    {
        var facts = Facts("It was a Kenya, Uganda Cranes and Harambee Stars occasion.");
        facts.Mentions.ShouldNotContain(m => m.Kind == ActorKind.Person);
    }
}
