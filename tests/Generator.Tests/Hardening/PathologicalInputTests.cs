using System.Text;
using AngleSharp.Html.Parser;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Normalize;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Sizes and shapes that make careless code quadratic or recursive. Each must finish well inside a generous limit;
/// the inputs are sized so that a quadratic step would need hours, while the linear code needs seconds.
/// </summary>
public class PathologicalInputTests
{
    private static T Within<T>(int seconds, Func<T> work)
    {
        var task = Task.Run(work);
        task.Wait(TimeSpan.FromSeconds(seconds)).ShouldBeTrue($"did not finish within {seconds} s");
        return task.Result;
    }

    private static Article Normalize(string text, string path)
    {
        var file = new ContentFile(path, path, text, "hash");
        var (raw, diags) = FrontMatterReader.Read(file, ContentReader.FormatOf(path));
        raw.ShouldNotBeNull(string.Join("\n", diags));
        return ArticleNormalizer.Run(raw).Value;
    }

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    [Fact]
    public void Sentence_splitting_text_without_spaces_is_linear()
    {
        var text = Repeat("a.", 1_000_000);  // every dot used to scan back to the start of the "word"
        var sentences = Within(60, () => SentenceSplitter.Split(text));
        sentences.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_five_megabyte_paragraph_without_punctuation_normalizes_and_renders()
    {
        var words = new[] { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot" };
        var body = string.Join(' ', Enumerable.Range(0, 850_000).Select(i => words[i * 7 % words.Length]));
        var article = Within(120, () => Normalize("Huge paragraph\n\n" + body + "\n", "content/articles/huge.txt"));
        article.Title.ShouldBe("Huge paragraph");
        article.WordCount.ShouldBe(850_000);
        var html = Within(120, () => new MarkdownRenderer().Render(article.Markdown));
        html.Length.ShouldBeGreaterThan(body.Length);
    }

    [Theory]
    [InlineData("[", 400_000)]   // unclosed brackets: a backtracking pattern over the lead would be quadratic
    [InlineData(" #", 400_000)]  // a "heading" whose closing-hashes pattern could backtrack on every character
    [InlineData("*a ", 200_000)] // emphasis openers that never close
    [InlineData("> ", 100_000)]  // block quotes nested far past Markdig's limit
    [InlineData("- ", 100_000)]  // list items nested the same way
    [InlineData("`", 400_000)]   // code-span backticks
    public void Markdown_built_from_one_marker_repeated_finishes(string unit, int times)
    {
        var md = "---\ntitle: Markers\ndate: 2024-01-02\n---\n# " + Repeat(unit, times) + "\n\n" + Repeat(unit, times) + "x\n\nA plain closing paragraph.\n";
        var article = Within(120, () => Normalize(md, "content/articles/markers.md"));
        var renderer = new MarkdownRenderer();
        Within(120, () => renderer.ReadDocument(article.Markdown)).ShouldNotBeEmpty();
        Within(120, () => renderer.Render(article.Markdown)).ShouldContain("A plain closing paragraph.");
    }

    [Fact]
    public void Thousands_of_sentences_and_links_in_one_paragraph_render_in_linear_time()
    {
        const int n = 20_000;
        var sb = new StringBuilder();
        var links = new List<InlineLink>();
        for (var i = 0; i < n; i++)
        {
            var name = $"Name{i}";
            links.Add(new InlineLink(0, sb.Length, name.Length, $"/actors/n{i}/", "actor:" + i));
            sb.Append(name).Append(" spoke. ");
        }
        var html = Within(120, () => new MarkdownRenderer().Render(sb.ToString(), links));
        var doc = new HtmlParser().ParseDocument(html);
        doc.QuerySelectorAll("a").Length.ShouldBe(n);
        doc.QuerySelectorAll("span.s").Length.ShouldBe(n);
    }

    [Fact]
    public void A_site_with_a_huge_article_deep_nesting_and_a_thousand_names_builds()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: Pathological\n");
        site.Write("articles/huge.txt", "Huge paragraph\n\n" + Repeat("word ", 400_000) + "\n");
        site.Write("articles/deep.md", "---\ntitle: Deep\ndate: 2024-01-02\n---\nFirst paragraph.\n\n" + Repeat(">", 100_000) + " deep\n\n" + Repeat("- ", 20_000) + "x\n");
        var names = Enumerable.Range(0, 1000).Select(PersonName).ToList();
        site.Write("articles/names.txt", "---\ndate: 2024-01-03\n---\nMany names\n\n" + string.Join(" ", names.Select(n => $"{n} met officials in Paris on Monday.")) + "\n");
        site.Write("articles/quotes.txt", "---\ndate: 2024-01-04\n---\nMany quotes\n\n" + string.Join("\n\n", names.Take(500).Select((n, i) => $"{n} said: \"We will not accept proposal {i}.\" Officials disagreed.")) + "\n");
        var report = Within(600, () => site.Build());
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics.Where(d => d.IsError)));
        site.OutputExists("articles/huge-paragraph/index.html").ShouldBeTrue();
        site.OutputExists("articles/deep/index.html").ShouldBeTrue();
        report.Diagnostics.Count(d => d.Code == "markdown-too-deep").ShouldBe(2);
    }

    /// <summary>A distinct, pronounceable two-part name for each number ("Bako Dafi").</summary>
    private static string PersonName(int i)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        string Word(int k, int salt)
        {
            var sb = new StringBuilder();
            for (var j = 0; j < 3; j++)
            {
                sb.Append(consonants[(k + salt * j) % consonants.Length]).Append(vowels[(k / consonants.Length + j) % vowels.Length]);
                k /= 3;
            }
            return char.ToUpperInvariant(sb[0]) + sb.ToString()[1..];
        }
        return $"{Word(i * 7 + 3, 5)} {Word(i * 13 + 1, 3)}{ToLetters(i)}";
    }

    private static string ToLetters(int i)
    {
        var sb = new StringBuilder();
        do { sb.Append((char)('a' + i % 26)); i /= 26; } while (i > 0);
        return sb.ToString();
    }
}
