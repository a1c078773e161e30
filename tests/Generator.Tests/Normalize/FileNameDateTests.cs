using BriefingSite.Normalize;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Normalize;

/// <summary>An article with no date of its own is dated by a day its file name opens with, as a site generator's posts are.</summary>
public class FileNameDateTests
{
    [Theory]
    [InlineData("2019-01-04_port-talks.txt", "2019-01-04")]
    [InlineData("2024-05-01-port-talks.md", "2024-05-01")]
    [InlineData("nested/2024-05-01.txt", "2024-05-01")]
    [InlineData("2024-13-01-port-talks.md", null)]
    [InlineData("2024-02-30-port-talks.md", null)]
    [InlineData("000_c3c376cbc2f5014f.txt", null)]
    [InlineData("port-talks-2024-05-01.txt", null)]
    [InlineData("2024-05-011-port-talks.txt", null)]
    public void The_day_a_file_name_opens_with(string path, string? day) =>
        ArticleNormalizer.FileNameDate(path)?.ToString().ShouldBe(day);

    [Fact]
    public void A_file_name_dates_an_article_with_no_date_of_its_own_and_resolves_its_weekdays()
    {
        using var site = new TestSite("""
            === articles/2026-03-05_port-talks.txt ===
            Port talks resume

            Defence Minister Ana Ruiz met Kwon Tae-hyun in Busan on Monday.
            === articles/2026-03-06-dated.md ===
            ---
            date: 2026-01-10
            ---
            # Front matter wins

            Ruiz met Kwon again in Busan on Monday.
            """);
        var built = site.Build();
        built.Succeeded.ShouldBeTrue();
        var site1 = built.Site!;
        site1.Articles.Single(a => a.Title == "Port talks resume").Date.ToString().ShouldBe("2026-03-05");
        site1.Articles.Single(a => a.Title == "Front matter wins").Date.ToString().ShouldBe("2026-01-10");
        site1.Events.ShouldContain(e => e.Date.ToString() == "2026-03-02");
        built.Diagnostics.ShouldNotContain(d => d.Code == "undated");
    }
}
