using System.Text;
using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Cli;

public class AddCommandTests
{
    private const string HarbourFile = "2031-04-09-harbour-talks-resume-in-valdora-after-two-week-pause.md";

    private static TestSite Site() => new("=== site.yml ===\ntitle: Add\n=== articles/bridge.txt ===\nBridge reopens\n\nThe old bridge over the Tarn reopened on Saturday after eighteen months of repairs.\n");

    private static (int Code, string Out, string Err) Add(TestSite site, params string[] files)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = AddCommand.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme), files, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Saved(TestSite site, string name, string text) => SavedBytes(site, name, Encoding.UTF8.GetBytes(text));

    private static string SavedBytes(TestSite site, string name, byte[] bytes)
    {
        var path = Path.Combine(site.Root, "downloads", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string ArticleFile(TestSite site, string name) => File.ReadAllText(Path.Combine(site.Content, "articles", name));

    [Fact]
    public void Saved_web_page_becomes_a_clean_markdown_article_with_front_matter()
    {
        using var site = Site();
        var (code, stdout, stderr) = Add(site, Saved(site, "harbour.html", SavedPages.Harbour));
        code.ShouldBe(0, stderr);
        ArticleFile(site, HarbourFile).ShouldBe("""
            ---
            title: "Harbour talks resume in Valdora after two-week pause"
            date: 2031-04-09
            source: "The Coastal Ledger"
            url: "https://ledger.example/world/harbour-talks-resume"
            author: "Mireille Okafor"
            summary: "Negotiators from the port authority and the dockworkers' union met again on Wednesday in Valdora, ending a two-week pause that had left cargo ships waiting offshore."
            ---

            Negotiators from the port authority and the dockworkers' union met again on Wednesday in Valdora, ending a two-week pause that had left cargo ships waiting offshore.

            The union's chief negotiator, Tomas Brandt, said the talks had been "frank and useful" and that a deal on night shifts was within reach.

            ## What is at stake

            About four thousand jobs depend on the harbour, which handles most of the region's grain exports, according to figures published by the port authority last year.

            Both sides agreed to meet again on Friday.

            """.Replace("\r\n", "\n"));
        stdout.ShouldContain("title   Harbour talks resume in Valdora after two-week pause");
        stdout.ShouldContain("date    2031-04-09");
        stdout.ShouldContain("source  The Coastal Ledger");
    }

    [Fact]
    public void Added_article_builds_to_the_same_article_it_was_read_as()
    {
        using var site = Site();
        Add(site, Saved(site, "harbour.html", SavedPages.Harbour)).Code.ShouldBe(0);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var built = report.Site!.Articles.Single(a => a.Origin.Path.EndsWith(HarbourFile, StringComparison.Ordinal));
        built.Title.ShouldBe("Harbour talks resume in Valdora after two-week pause");
        built.Source.ShouldBe("The Coastal Ledger");
        built.Author.ShouldBe("Mireille Okafor");
        built.Markdown.ShouldStartWith("Negotiators from the port authority");
        report.Diagnostics.ShouldNotContain(d => d.Code == "unknown-key");
    }

    [Fact]
    public void Adding_the_same_article_twice_is_reported_and_not_duplicated()
    {
        using var site = Site();
        var page = Saved(site, "harbour.html", SavedPages.Harbour);
        Add(site, page).Code.ShouldBe(0);
        var again = Add(site, Saved(site, "harbour-copy.htm", SavedPages.Harbour));
        again.Code.ShouldBe(0);
        again.Out.ShouldContain("Already in the site");
        again.Out.ShouldContain(HarbourFile);
        Directory.GetFiles(Path.Combine(site.Content, "articles")).Length.ShouldBe(2);
    }

    [Fact]
    public void Same_source_url_with_edited_text_is_still_a_duplicate()
    {
        using var site = Site();
        Add(site, Saved(site, "harbour.html", SavedPages.Harbour));
        var edited = SavedPages.Harbour.Replace("Both sides agreed to meet again on Friday.", "Both sides will meet again on Friday, a spokesman said.");
        var again = Add(site, Saved(site, "harbour-updated.html", edited));
        again.Out.ShouldContain("(same source URL)");
        Directory.GetFiles(Path.Combine(site.Content, "articles")).Length.ShouldBe(2);
    }

    [Fact]
    public void An_existing_file_with_the_same_name_is_never_overwritten()
    {
        using var site = Site();
        const string theirs = "---\ntitle: Someone else's notes\n---\n\nA different article that happens to have the same file name.\n";
        site.Write("articles/" + HarbourFile, theirs);
        var (code, stdout, _) = Add(site, Saved(site, "harbour.html", SavedPages.Harbour));
        code.ShouldBe(0);
        ArticleFile(site, HarbourFile).ShouldBe(theirs);
        var renamed = HarbourFile.Replace(".md", "-2.md");
        ArticleFile(site, renamed).ShouldContain("title: \"Harbour talks resume in Valdora after two-week pause\"");
        stdout.ShouldContain($"{HarbourFile} already exists with different text; saved under a new name");
    }

    [Fact]
    public void Plain_text_in_latin_1_is_converted_and_says_so()
    {
        using var site = Site();
        var bytes = Encoding.Latin1.GetBytes("Café owners protest in Lyon\n\nLYON — Café owners marched through the old town on Monday, 3 March 2031, against a new terrace tax.\n");
        var (code, stdout, stderr) = Add(site, SavedBytes(site, "cafe.txt", bytes));
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("not UTF-8: converted as Windows-1252");
        var file = Directory.GetFiles(Path.Combine(site.Content, "articles"), "*owners-protest-in-lyon.md").ShouldHaveSingleItem();
        File.ReadAllText(file, Encoding.UTF8).ShouldContain("title: \"Café owners protest in Lyon\"");
    }

    [Fact]
    public void Undated_text_is_named_undated_and_the_report_says_the_date_is_missing()
    {
        using var site = Site();
        var (code, stdout, _) = Add(site, Saved(site, "note.txt", "Ferry service resumes\n\nThe ferry across the bay resumed service, its operator said.\n"));
        code.ShouldBe(0);
        File.Exists(Path.Combine(site.Content, "articles", "undated-ferry-service-resumes.md")).ShouldBeTrue();
        stdout.ShouldContain("date    none found");
    }

    [Fact]
    public void Markdown_with_front_matter_keeps_what_its_author_wrote()
    {
        using var site = Site();
        var md = "---\ntitle: \"Council: vote delayed\"\ndate: 2031-05-01\nsource: Town Hall Notes\n---\n\nThe council postponed its vote on the harbour budget until June.\n";
        Add(site, Saved(site, "council.md", md)).Code.ShouldBe(0);
        var text = ArticleFile(site, "2031-05-01-council-vote-delayed.md");
        text.ShouldStartWith("---\ntitle: \"Council: vote delayed\"\ndate: 2031-05-01\nsource: \"Town Hall Notes\"\n");
    }

    [Fact]
    public void A_missing_file_fails_with_a_clear_message()
    {
        using var site = Site();
        var (code, _, stderr) = Add(site, Path.Combine(site.Root, "nope.html"));
        code.ShouldBe(1);
        stderr.ShouldContain("nope.html: error: no such file");
    }

    [Fact]
    public void Report_names_actors_and_which_of_them_are_new_to_the_site()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: Add\n=== articles/nato.txt ===\nNATO ministers meet\n\nNATO defence ministers met in Brussels on Monday to discuss air defence.\n");
        var page = SavedPages.Harbour.Replace("Both sides agreed to meet again on Friday.", "NATO officials in Finland followed the talks closely.");
        var report = AddPipeline.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme), [Saved(site, "harbour.html", page)]);
        report.SiteKnown.ShouldBeTrue(string.Join("\n", report.SiteDiagnostics));
        var item = report.Items.ShouldHaveSingleItem();
        item.Actors.ShouldContain("NATO");
        item.Actors.ShouldContain("Finland");
        item.NewActors.ShouldContain("Finland");
        item.NewActors.ShouldNotContain("NATO");
    }
}
