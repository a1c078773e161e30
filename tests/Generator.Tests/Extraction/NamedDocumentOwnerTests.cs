using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// "the report says" after the article named the report with its owner right before the noun ("A Harbour Audit Office
/// report on ...", "the Ruritanian Development Bank's annual report"): the owner speaks.
/// </summary>
public class NamedDocumentOwnerTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Dredging costs\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_report_named_earlier_with_its_owner_is_the_owners()
    {
        var facts = Facts("A Harbour Audit Office report on the dredging of the port says costs have doubled since 2019.\n\n"
                          + "Officials at the port dispute the figures. \"The board did not plan for silt at the scale it found,\" the report says.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Harbour Audit Office" && q.Text.StartsWith("The board did not plan"));
    }
}
