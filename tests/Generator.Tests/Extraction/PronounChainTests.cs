using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>"he said" after a sentence opening with "He" that names someone else: the subject goes on, the one named is its object.</summary>
public class PronounChainTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Trial notes\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_sentence_opening_with_the_pronoun_keeps_its_subject()
    {
        var facts = Facts("Finance chief Oskar Lind testified for a second day on Tuesday. He described Mr Varga, the group's founder, as obsessed with costs. "
                          + "\"He counted the paper clips in every office,\" he said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Oskar Lind" && q.Text.StartsWith("He counted the paper clips"));
    }
}
