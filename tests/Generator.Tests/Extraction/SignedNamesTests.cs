using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A published letter's signature ("(Signed) Mara Oyelaran" over her office) names a person, with the office as her role.</summary>
public class SignedNamesTests
{
    private const string Letter = "Letter dated 4 May 2027 to the President of the Security Council\n\nI have the honour to draw your attention to the situation on the northern border of Ghana, where shelling resumed on Sunday.\n\nI should be grateful if the present letter could be circulated as a document of the Security Council.\n\n(Signed) Mara Oyelaran\nAmbassador, Permanent Representative\n";

    [Fact]
    public void The_signer_is_a_person_with_her_office()
    {
        var facts = Extracting.Facts(Letter, path: "content/articles/a.md");
        var mention = facts.Mentions.First(m => m.Key == "Mara Oyelaran");
        mention.Kind.ShouldBe(BriefingSite.Model.ActorKind.Person);
    }

    [Fact]
    public void A_signed_agreement_named_in_a_sentence_is_no_signature()
    {
        var facts = Extracting.Facts("Border deal\n\nThe two sides met in Accra on Sunday. (Signed) Copies Remain with both ministries, officials said.\n", path: "content/articles/a.md");
        Extracting.ActorKeys(facts).ShouldNotContain("Copies Remain");
    }
}
