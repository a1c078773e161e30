using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A company or union set off by an apposition naming its kind, after an owner or with no article ("Tessel, Norway's largest union,").</summary>
public class OrganizationAppositionTests
{
    [Theory]
    [InlineData("A spokeswoman for Tessel, Norway's largest union, said the talks had failed.", "Tessel")]
    [InlineData("A spokesman for Marvolt, parent company of Kresta Foods, said output would fall.", "Marvolt")]
    public void A_spokesman_for_a_body_in_apposition_names_an_organization(string sentence, string name)
    {
        var facts = Extracting.Facts("Strike news\n\n" + sentence + "\n", path: "content/articles/a.md");
        facts.Mentions.ShouldContain(m => m.Key == name && m.Kind == ActorKind.Organization);
        facts.Mentions.ShouldNotContain(m => m.Key == name && m.Kind == ActorKind.Person);
    }
}
