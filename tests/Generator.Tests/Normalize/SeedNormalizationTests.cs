using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Normalize;

public class SeedNormalizationTests
{
    [Fact]
    public void Seed_000_dateline_becomes_place_and_agency_and_leaves_the_body()
    {
        var (a, _) = Normalizing.Text(TestSite.Seed("000_c3c376cbc2f5014f"));
        a.Place.ShouldBe("Brussels");
        a.Agency.ShouldBe("AN");
        a.Markdown.ShouldStartWith("NATO defense ministers and leaders warned");
        a.Markdown.ShouldNotContain("BRUSSELS");
    }

    [Fact]
    public void Seed_000_has_a_derived_title_from_its_lead()
    {
        var (a, _) = Normalizing.Text(TestSite.Seed("000_c3c376cbc2f5014f"));
        a.TitleDerived.ShouldBeTrue();
        a.Title.ShouldStartWith("NATO defense ministers and leaders warned that Ukraine and Europe");
    }

    [Fact]
    public void Seed_000_subheading_becomes_a_markdown_heading()
    {
        var (a, _) = Normalizing.Text(TestSite.Seed("000_c3c376cbc2f5014f"));
        a.Markdown.ShouldContain("\n## Need for durable peace, not 'Minsk III'\n");
    }

    [Fact]
    public void Seed_001_standfirst_repeated_by_the_body_is_kept_once_as_summary()
    {
        var (a, _) = Normalizing.Text(TestSite.Seed("001_334d17ad518e32de"));
        a.Summary.ShouldStartWith("U.S. Defense Secretary Pete Hegseth will make his first trip to NATO");
        a.Markdown.ShouldNotContain("will make his first trip");
        a.Markdown.ShouldStartWith("U.S. Defense Secretary Pete Hegseth will embark on his first trip");
        a.Title.ShouldStartWith("U.S. Defense Secretary Pete Hegseth will make his first trip to NATO");
    }

    [Fact]
    public void Seed_002_headline_is_the_title_and_trailing_local_headlines_are_removed_and_reported()
    {
        var (a, diags) = Normalizing.Text(TestSite.Seed("002_30935575546d3941"));
        a.Title.ShouldBe("U.S., NATO military officials discuss Ukraine security guarantees");
        a.TitleDerived.ShouldBeFalse();
        foreach (var local in new[] { "Latest News Stories", "Lake Land College", "Casey", "Tractor", "Hippler" })
            a.Markdown.ShouldNotContain(local);
        a.Markdown.TrimEnd().ShouldEndWith("Budapest, Hungary is being considered.");
        diags.ShouldContain(d => d.Code == "boilerplate-removed" && d.At!.Line == 13);
    }
}
