using BriefingSite.Extraction;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>Interviews whose speakers are marked in double brackets (BracketedInterviewAnswers).</summary>
public class BracketedInterviewAnswersTests
{
    private const string Interview = "Seal counts fall\n\n((WN)) What led you to study the harbour seals?\n\n((Ingrid Moberg)) We had counted them for ten years and the numbers kept falling.\n\n"
        + "A second paragraph of the same answer about the counts.\n\nDid you expect that, after so many years of counting?\n\n((WN)) What comes next for the team?\n\n"
        + "((IM)) More counting, and a report to the council next spring.\n";

    [Fact]
    public void The_marker_is_read_with_where_its_name_stands()
    {
        BracketedInterviewAnswers.Marker("((Ingrid Moberg))  We had counted").ShouldBe(("Ingrid Moberg", 2, 15));
        BracketedInterviewAnswers.Marker("We had counted (twice)").ShouldBeNull();
    }

    [Fact]
    public void Answers_and_their_paragraphs_are_quoted_but_not_the_questions()
    {
        var quotes = Extracting.Facts(Interview).Quotes;
        quotes.Select(q => q.SpeakerKey).Distinct().ShouldBe(["Ingrid Moberg"]);
        quotes.Select(q => q.Text[..12]).ShouldBe(["We had count", "A second par", "More countin"]);
    }

    [Fact]
    public void The_person_is_discovered_from_the_markers_and_initials_name_her_too()
    {
        var facts = Extracting.Facts(Interview);
        Extracting.ActorKeys(facts).ShouldBe(["Ingrid Moberg"]);
        facts.Quotes.ShouldContain(q => q.Text.StartsWith("More counting", StringComparison.Ordinal) && q.SpeakerKey == "Ingrid Moberg");
    }
}
