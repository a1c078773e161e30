using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// People as a text's own conventions give them: a press contact's line (a telephone number or an e-mail address) is
/// page furniture, its person no actor unless named elsewhere; a text that says it writes names family name first
/// ("Hungarian names are given in the Hungarian order, family name first") has them filed given name first.
/// </summary>
public class PageFurniturePeopleTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Notice\n\n" + body + "\n", path: "content/articles/a.md");

    [Fact]
    public void A_person_named_only_on_contact_lines_is_no_actor()
    {
        var facts = Facts("The Tribunal will deliver its award in the Arrowstone arbitration on Friday. Judge Karin Solberg will read the summary.\n\n"
                          + "Press contact: Ingrid Halvorsen, Press Office, +47 22 00 00 00, press@example.no\n\n"
                          + "Media Office:\nMs Aurelie Dubois, Head of Office: +31 (0)70 302 9999\nMr Joost Verbeek, Press Officer: +31 (0)70 302 9998");
        var people = facts.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).ToList();
        people.ShouldContain("Karin Solberg");
        people.ShouldNotContain("Ingrid Halvorsen");
        people.ShouldNotContain("Aurelie Dubois");
        people.ShouldNotContain("Joost Verbeek");
    }

    [Fact]
    public void A_contact_named_in_the_text_too_stays_an_actor()
    {
        var facts = Facts("\"The award is final,\" said Ingrid Halvorsen, the Tribunal's registrar.\n\n"
                          + "Press contact: Ingrid Halvorsen, +47 22 00 00 00");
        facts.Mentions.ShouldContain(m => m.Key == "Ingrid Halvorsen");
    }

    [Fact]
    public void Names_written_family_name_first_are_filed_given_name_first()
    {
        var facts = Facts("(Translation. Hungarian names are given in the Hungarian order, family name first.)\n\n"
                          + "Present: Vass Eszter, mayor; Oláh Bence, deputy mayor.\n\n"
                          + "Oláh Bence reported on the flood defences. \"The dykes will hold this spring,\" he said.");
        var people = facts.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).ToList();
        people.ShouldContain("Eszter Vass");
        people.ShouldContain("Bence Oláh");
        people.ShouldNotContain("Oláh Bence");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Bence Oláh");
    }

    [Fact]
    public void Without_the_note_names_keep_their_written_order()
    {
        var facts = Facts("Present: Vass Eszter, mayor; Oláh Bence, deputy mayor.\n\n"
                          + "Oláh Bence reported on the flood defences. \"The dykes will hold this spring,\" he said.");
        facts.Mentions.ShouldContain(m => m.Key == "Oláh Bence");
    }
}
