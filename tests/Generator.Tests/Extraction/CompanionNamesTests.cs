using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// A full name right after a possessive and a word for a companion ("Tanui's countryman Kiptoo Rotich", "her teammate
/// Lia Varga") is a person, as after a relative ("his sister ..."), though nobody listed the given name.
/// </summary>
public class CompanionNamesTests
{
    [Fact]
    public void A_name_after_a_possessive_companion_noun_is_a_person()
    {
        var facts = Extracting.Facts("Marathon\n\nAmos Tanui won the race in Berlin on Sunday. A day earlier, Tanui's countryman Kiptoo Rotich became the first man to finish the Andean course under three hours.\n",
            path: "content/articles/a.md");
        facts.Mentions.ShouldContain(m => m.Key == "Kiptoo Rotich" && m.Kind == ActorKind.Person);
    }
}
