using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A company nobody listed, named by the role its name stands before ("Former Quorvex boss Ana Lindqvist", "Tessmark
/// chief executive Tom Varga"), is an organization, and so is every later mention of it in the article; a word of a
/// longer name or a head noun alone ("Party chairman") names no body.
/// </summary>
public class EmployerNamesTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Trial\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_word_before_an_employers_role_and_a_name_is_an_organization()
    {
        var facts = Facts("Former Quorvex boss Ana Lindqvist denied the charges on Tuesday.\n\n"
                          + "Prosecutors say Quorvex's accounts hid $2bn of costs. Senior Quorvex executives were also charged.");
        facts.Mentions.ShouldContain(m => m.Key == "Quorvex" && m.Kind == ActorKind.Organization);
        facts.Mentions.Count(m => m.Key == "Quorvex").ShouldBe(3);
        facts.Mentions.ShouldContain(m => m.Key == "Ana Lindqvist" && m.Kind == ActorKind.Person);
    }

    [Fact]
    public void A_two_word_role_names_the_company_too()
    {
        var facts = Facts("Shares fell after Tessmark chief executive Tom Varga resigned.");
        facts.Mentions.ShouldContain(m => m.Key == "Tessmark" && m.Kind == ActorKind.Organization);
    }

    [Fact]
    public void An_acronym_the_article_defines_is_the_defined_body()
    {
        var facts = Facts("QWP chairman Tom Varga opened the congress. The Quorvex Workers Party (QWP) was founded in 1998.");
        facts.Mentions.ShouldNotContain(m => m.Key == "QWP");
        facts.Mentions.Count(m => m.Key == "Quorvex Workers Party").ShouldBe(3);
    }

    [Fact]
    public void A_head_noun_or_the_end_of_a_longer_name_names_no_body()
    {
        var facts = Facts("The meeting was opened by Party chairman Tom Varga. Later Public Accounts chairman Ana Lindqvist spoke.");
        facts.Mentions.ShouldNotContain(m => m.Key == "Party" || m.Key == "Accounts");
    }
}
