using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>British news writes "Prof" without a full stop before a name: an honorific, never part of the name.</summary>
public class ShortProfessorTitleTests
{
    [Fact]
    public void Prof_without_a_stop_is_no_part_of_the_name()
    {
        var facts = Extracting.Facts("Study\n\nProf Ysolde Carrack, who led the study, said the results were \"far worse than anyone had feared\".\n", path: "content/articles/a.md");
        var keys = Extracting.ActorKeys(facts);
        keys.ShouldContain("Ysolde Carrack");
        keys.ShouldNotContain("Prof Ysolde Carrack");
        facts.Quotes.ShouldContain(q => q.SpeakerKey == "Ysolde Carrack");
    }
}
