using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A tag after a quote whose subject is a long title and a name ("Qatar's Minister of State for Foreign Affairs Sultan
/// bin Rashid Al-Marri said") is the quote's tag however many words the title takes.
/// </summary>
public class LongTitleTagTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Harbour talks\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_long_title_and_a_name_before_the_verb_speak()
    {
        var facts = Facts("\"Patient dialogue can still succeed,\" Ruritania's Deputy Minister of State for Foreign Affairs and Trade Omar bin Khalid Al-Faris said.");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Omar bin Khalid Al-Faris" && q.Text.StartsWith("Patient dialogue"));
    }
}
