using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Page furniture and things named like people: a sentence crediting who produced or reported a text ("Produced by
/// Ana Roe.", "Reported by Tom Lee, barrister") names no actor unless the text names them too; a capitalized run right
/// after "the" before a verb ("The Long Run is a weekly show", "the Board said") is no person.
/// </summary>
public class CreditLinesTests
{
    private static ArticleFacts Facts(string body) => Extracting.Facts("Episode 12\n\n" + body + "\n", path: "content/articles/a.md");

    private static List<string> People(ArticleFacts facts) => facts.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).Distinct().ToList();

    [Fact]
    public void People_named_only_in_credits_are_no_actors()
    {
        var people = People(Facts("Coach Marta Ilves tells us why the relay team failed its test in March.\n\n"
                                  + "Produced by Oskar Tamm. Music by Harbour Sound.\n\n"
                                  + "Reported by Liisa Kask, barrister"));
        people.ShouldContain("Marta Ilves");
        people.ShouldNotContain("Oskar Tamm");
        people.ShouldNotContain("Liisa Kask");
    }

    [Fact]
    public void A_credited_person_the_text_names_too_stays_an_actor()
    {
        var people = People(Facts("\"We tested every sample twice,\" said Oskar Tamm, the laboratory's director.\n\nProduced by Oskar Tamm."));
        people.ShouldContain("Oskar Tamm");
    }

    [Fact]
    public void A_run_after_the_before_a_verb_is_no_person()
    {
        var people = People(Facts("The Long Run is an independent weekly show about distance running.\n\n"
                                  + "In its ruling the Board said: \"The runner has offered a theory, not evidence.\""));
        people.ShouldNotContain("Long Run");
        people.ShouldNotContain("Board");
    }

    [Fact]
    public void A_newspaper_after_the_before_said_is_an_outlet()
    {
        var facts = Facts("Ana Roe had been ill for weeks, the Lakeport Sun said on Friday.");
        facts.Mentions.ShouldContain(m => m.Key == "Lakeport Sun" && m.Kind == ActorKind.Organization);
    }
}
