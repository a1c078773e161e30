using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// "She said" refers to a woman whose given name the data lists as a woman's (words.yml femaleNames) or as one borne by
/// women and men alike (unisexNames: "Jo", "Sam"); "he said" is never a woman's.
/// </summary>
public class SheSaidNamesTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Track season\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void She_said_refers_to_a_woman_named_Ruth()
    {
        var facts = Facts("Teachers could get more powers, Ruth Marsden has suggested.\n\nThe minister visited a school on Monday. \"Every pupil deserves a calm classroom,\" she said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ruth Marsden" && q.Text.StartsWith("Every pupil"));
    }

    [Fact]
    public void She_said_refers_to_someone_with_a_name_borne_by_both()
    {
        var facts = Facts("Jo Wendell will miss the indoor season.\n\nThe 31-year-old prefers the track. \"It was great to win bronze,\" she said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Jo Wendell" && q.Text.StartsWith("It was great"));
    }

    [Fact]
    public void He_said_skips_a_woman_named_Victoria()
    {
        var facts = Facts("Mayor Victoria Hale met coach Tom Wendell on Monday. \"The track will reopen in May,\" he said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Tom Wendell" && q.Text.StartsWith("The track"));
    }
}
