using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// The European Parliament's political groups and committees are organizations of their own (organizations.yml), named
/// with "group" or "committee" after their short name ("the ECR group", "the LIBE committee") or by their subject.
/// </summary>
public class EuropeanParliamentBodiesTests
{
    private const string Text =
        "Fishing quota vote in Strasbourg\n\nThe Parliament's civil liberties committee backed the data rules on Tuesday by 40 votes to 9.\n\n" +
        "Speaking for the Renew Europe group, Anneke Vos called the text fair. The ECR group abstained, and the LIBE committee meets again in May.\n";

    [Fact]
    public void Political_groups_are_organizations()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(Text, path: "content/articles/a.md"));
        keys.ShouldContain("Renew Europe");
        keys.ShouldContain("European Conservatives and Reformists Group");
    }

    [Fact]
    public void A_committee_named_by_acronym_or_subject_is_one_organization()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(Text, path: "content/articles/a.md"));
        keys.ShouldContain("European Parliament Committee on Civil Liberties, Justice and Home Affairs");
        keys.ShouldNotContain("LIBE");
    }
}
