using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A press conference's transcript: a turn marked with an honorific and a surname ("Mrs. Okafor:") is that person's; a
/// turn marked with a title alone ("Governor:") is the person a participants list gave that title.
/// </summary>
public class TranscriptMarkerTests
{
    private const string Transcript =
        "Transcript of the press conference\n\n"
        + "Participants:\nDr. Amara Velloran - Governor\nMrs. Ifeoma Brannock - Deputy Governor\n\n"
        + "Governor: Thank you all for coming today. The board decided to hold the rate where it is.\n\n"
        + "Question (Tomas Reyes, Harbour Times): Will the rate fall next year?\n\n"
        + "Mrs. Brannock: No. The board does not promise anything about next year at all.\n\n"
        + "Governor: Let me add one more thing about the budget for next year.\n";

    private static ArticleFacts Facts() => Extracting.Facts(Transcript, path: "content/articles/a.md");

    [Fact]
    public void A_turn_marked_with_an_honorific_and_a_surname_is_that_persons()
    {
        Facts().Quotes.ShouldContain(q => q.SpeakerKey == "Ifeoma Brannock" && q.Text.StartsWith("No. The board does not promise"));
    }

    [Fact]
    public void A_turn_marked_with_a_title_alone_is_the_person_the_participants_list_gave_it()
    {
        var facts = Facts();
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Amara Velloran" && q.Text.StartsWith("Thank you all for coming"));
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Amara Velloran" && q.Text.StartsWith("Let me add one more thing"));
    }
}
