using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>A company named in full once and then by its first words is one organization (OrganizationShortForms).</summary>
public class OrganizationShortFormsTests
{
    private const string Deal = """
        Tavrin Metals LLC, the state-owned mining company, and Quellor Trading Corporation today announced a supply deal.

        The agreement was signed by Tavrin's chief executive, Ruth Ambler, and by Quellor Trading's president.

        According to Tavrin, the contract is worth $2 billion. Quellor said it would pay in yen.
        """;

    private static List<(string Text, string Key, ActorKind Kind)> Mentions(ArticleFacts facts) =>
        [.. facts.Mentions.Select(m => (facts.Paragraphs[m.Paragraph].Text.Substring(m.Start, m.Length), m.Key, m.Kind))];

    [Fact]
    public void The_first_word_of_a_company_name_is_the_company()
    {
        var mentions = Mentions(Extracting.Facts(Deal));
        mentions.Where(m => m.Text == "Tavrin").Select(m => m.Key).ShouldBe(["Tavrin Metals", "Tavrin Metals"]);
        Extracting.ActorKeys(Extracting.Facts(Deal)).ShouldNotContain("Tavrin");
    }

    [Fact]
    public void A_short_form_read_as_a_speaker_is_the_company_not_a_person()
    {
        var mentions = Mentions(Extracting.Facts(Deal));
        mentions.ShouldContain(("Quellor", "Quellor Trading Corporation", ActorKind.Organization));
        mentions.ShouldContain(("Quellor Trading", "Quellor Trading Corporation", ActorKind.Organization));
        mentions.ShouldNotContain(m => m.Kind == ActorKind.Person && m.Text.StartsWith("Quellor"));
    }

    [Fact]
    public void A_place_the_company_is_named_after_stays_a_place()
    {
        var facts = Extracting.Facts("Workers at Kelmark Steel Works walked out on Monday. Shops in Kelmark closed early in support.");
        Mentions(facts).Where(m => m.Text == "Kelmark").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_the_article_also_writes_in_lower_case_is_no_short_form()
    {
        var facts = Extracting.Facts("Abyssal Minerals Ltd applied for a licence. Abyssal plains cover half the seabed, and abyssal mining is untested.");
        Mentions(facts).Where(m => m.Text == "Abyssal").ShouldBeEmpty();
    }

    [Fact]
    public void A_parent_company_named_by_the_first_words_of_its_subsidiary_stays_itself()
    {
        var facts = Extracting.Facts("Norvik Holdings plc said its subsidiary, Norvik Holdings Engineering Limited, had signed the contract. Norvik Holdings shares rose.");
        Extracting.ActorKeys(facts).ShouldContain("Norvik Holdings");
    }
}
