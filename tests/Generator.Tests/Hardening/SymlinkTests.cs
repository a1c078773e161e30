using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>Real symbolic links: nothing outside the content folder is read, and links cannot make the walk loop.</summary>
public class SymlinkTests : IDisposable
{
    private readonly TestSite site = new("=== site.yml ===\ntitle: Links\n=== articles/real.md ===\n---\ndate: 2024-01-02\n---\n# Real article\n\nIt lives in the content folder.\n");
    private readonly string outside = Path.Combine(Path.GetTempPath(), "briefing-outside-" + Guid.NewGuid().ToString("N")[..8]);

    public SymlinkTests()
    {
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "Secret headline\n\nTHE-SECRET-TEXT must never be published.\n");
    }

    public void Dispose()
    {
        site.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    private (int Exit, List<string> Printed) Build() => BadInputCorpusTests.Run(site);

    private void AssertSecretNotPublished()
    {
        foreach (var f in Directory.Exists(site.Output) ? Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories) : [])
            File.ReadAllText(f).ShouldNotContain("THE-SECRET-TEXT");
    }

    [Fact]
    public void File_link_leading_outside_is_reported_and_not_read()
    {
        File.CreateSymbolicLink(Path.Combine(site.Content, "articles", "leak.txt"), Path.Combine(outside, "secret.txt"));
        var (exit, printed) = Build();
        exit.ShouldBe(0, string.Join("\n", printed));
        printed.ShouldContain("content/articles/leak.txt: warning: symbolic link leads outside the content folder; not followed");
        AssertSecretNotPublished();
    }

    [Fact]
    public void Folder_link_leading_outside_is_reported_and_not_entered()
    {
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "articles", "more"), outside);
        var (exit, printed) = Build();
        exit.ShouldBe(0, string.Join("\n", printed));
        printed.ShouldContain("content/articles/more: warning: symbolic link leads outside the content folder; not followed");
        AssertSecretNotPublished();
    }

    [Fact]
    public void Link_through_a_linked_folder_inside_content_is_still_outside()
    {
        // content/inside → outside; articles/a.txt → ../inside/secret.txt: the path looks inside, the file is not.
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "inside"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Content, "articles", "a.txt"), Path.Combine("..", "inside", "secret.txt"));
        var (exit, printed) = Build();
        exit.ShouldBe(0, string.Join("\n", printed));
        printed.ShouldContain("content/articles/a.txt: warning: symbolic link leads outside the content folder; not followed");
        AssertSecretNotPublished();
    }

    [Fact]
    public void Articles_folder_that_is_itself_a_link_outside_is_not_read()
    {
        Directory.Delete(Path.Combine(site.Content, "articles"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "articles"), outside);
        var (exit, printed) = Build();
        exit.ShouldBe(0, string.Join("\n", printed));
        printed.ShouldContain("content/articles: warning: symbolic link leads outside the content folder; not followed");
        AssertSecretNotPublished();
    }

    [Fact]
    public void Site_yml_linked_from_outside_is_not_read()
    {
        File.WriteAllText(Path.Combine(outside, "site.yml"), "title: THE-SECRET-TEXT\n");
        File.Delete(Path.Combine(site.Content, "site.yml"));
        File.CreateSymbolicLink(Path.Combine(site.Content, "site.yml"), Path.Combine(outside, "site.yml"));
        var (exit, printed) = Build();
        exit.ShouldBe(0, string.Join("\n", printed));
        printed.ShouldContain("content/site.yml: warning: symbolic link leads outside the content folder; not followed");
        AssertSecretNotPublished();
    }

    [Fact]
    public async Task Link_loop_back_up_the_tree_finishes()
    {
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "articles", "loop"), Path.Combine(site.Content, "articles"));
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "articles", "up"), "..");
        var build = Task.Run(Build);
        (await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60)))).ShouldBeSameAs(build, "the build did not finish: the walk loops");
        var (exit, printed) = await build;
        exit.ShouldBe(0, string.Join("\n", printed));
        site.OutputExists("articles/real-article/index.html").ShouldBeTrue();
    }

    [Fact]
    public void Link_to_another_file_inside_content_is_followed()
    {
        Directory.CreateDirectory(Path.Combine(site.Content, "drafts"));
        File.WriteAllText(Path.Combine(site.Content, "drafts", "kept.md"), "---\ndate: 2024-01-03\n---\n# Linked article\n\nReached through a link inside the content folder.\n");
        File.CreateSymbolicLink(Path.Combine(site.Content, "articles", "kept.md"), Path.Combine("..", "drafts", "kept.md"));
        var (exit, printed) = Build();
        exit.ShouldBe(0, string.Join("\n", printed));
        site.OutputExists("articles/linked-article/index.html").ShouldBeTrue();
    }
}
