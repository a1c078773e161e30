using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Quotes whose subject is a document: its owner in the possessive ("Mr Varga's statement said"), the one the article had
/// issue such a document ("The Harbour Board released a letter ... The letter said"), and the one a statement is from
/// ("issued the following statement from the governor:").
/// </summary>
public class DocumentSpeakerTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Harbour row\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void The_owner_of_a_statement_in_the_possessive_speaks_it()
    {
        var facts = Facts("Campaign director Tibor Varga resigned on Monday. Tibor Varga's statement said: \"The campaign deserves a fresh start and a new team.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Tibor Varga" && q.Text.StartsWith("The campaign deserves"));
    }

    [Fact]
    public void The_body_that_released_a_letter_speaks_the_letter()
    {
        var facts = Facts("On Tuesday the Northmoor Harbour Board released a letter to the city council about the dredging.\n\n"
                          + "Mayor Ilse Brandt said the council would answer soon. The letter said \"the channel will silt up within two winters\" without new money.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Northmoor Harbour Board" && q.Text.StartsWith("the channel will silt"));
    }

    [Fact]
    public void A_statement_from_a_titled_person_is_that_persons()
    {
        var facts = Facts("Governor Marta Ilves has opposed the plan since March.\n\n"
                          + "The press office issued the following statement from the governor: \"No plan of this size can pass without a vote in the assembly.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Marta Ilves" && q.Text.StartsWith("No plan of this size"));
    }
}
