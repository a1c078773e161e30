using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>A parliament's written answer: the "Answered by" line names the minister, whose answer is quoted whole.</summary>
public class WrittenAnswersTests
{
    private const string Text = "Written questions and answers\n\nFisheries: Quotas\n\nGarrow Finch (Tayside East) (Green):\nTo ask the Secretary of State for Environment, what steps he is taking to protect the herring stock in the North Sea.\n\nAnswered by Ines Calder, Minister for Oceans, on 3 March 2027:\nWe have agreed with Norway a reduction of the quota for the coming season, and scientists will review the stock again in the autumn.\n";

    [Fact]
    public void The_minister_answering_is_a_person_with_her_office()
    {
        var facts = Extracting.Facts(Text, path: "content/articles/a.md");
        var mention = facts.Mentions.First(m => m.Key == "Ines Calder");
        mention.Kind.ShouldBe(BriefingSite.Model.ActorKind.Person);
        mention.Role.ShouldBe("Minister for Oceans");
    }

    [Fact]
    public void The_answer_is_her_quote()
    {
        var facts = Extracting.Facts(Text, path: "content/articles/a.md");
        facts.Quotes.Where(q => q.Text.StartsWith("We have agreed with Norway", StringComparison.Ordinal)).Select(q => q.SpeakerKey).ShouldBe(["Ines Calder"]);
    }

    [Fact]
    public void A_sentence_about_who_answered_is_no_marker() =>
        BriefingSite.Extraction.WrittenAnswers.Marker("Answered by Ines Calder in the chamber, the question was soon forgotten.").ShouldBeNull();
}
