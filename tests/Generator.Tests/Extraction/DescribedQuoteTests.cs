using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Words quoted after "describes ... as" or "cited" are the subject's ("the Daily Post describes as "..."", "Olsson cited
/// the ministry's "..."")); a name that describes or calls "itself" something is an organization's.
/// </summary>
public class DescribedQuoteTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Flights\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_quote_after_cited_is_the_subjects()
    {
        var facts = Facts("In the letter, Secretary of State Marta Olsson cited the Ruritanian government's \"ongoing repression of its people\" as her motivation.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Marta Olsson" && q.Text.StartsWith("ongoing repression"));
    }

    [Fact]
    public void A_quote_after_describes_as_is_the_subjects()
    {
        var facts = Facts("Suspects would be sent to the mainland, whose courts the BBC describes as \"marred by allegations of abuse.\"");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "BBC");
    }

    [Fact]
    public void What_describes_itself_is_an_organization()
    {
        var facts = Facts("Candidate Joan Petrie is running for Fair Tasmania. Fair Tasmania describes itself as a \"movement of the political centre\".");
        facts.Mentions.ShouldContain(m => m.Key == "Fair Tasmania" && m.Kind == ActorKind.Organization);
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Fair Tasmania");
    }
}
