using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefingSite.Benchmarks.Corpus;

/// <summary>Writes generated articles as a briefing content folder and as the equivalent Hugo site.</summary>
public static class SiteFiles
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteBriefingSite(string contentDir, IEnumerable<GeneratedArticle> articles)
    {
        Directory.CreateDirectory(Path.Combine(contentDir, "articles"));
        File.WriteAllText(Path.Combine(contentDir, "site.yml"),
            "title: Scale benchmark briefing\ndescription: Generated articles for the scale benchmark.\nbaseUrl: /\nlanguage: en\n");
        foreach (var a in articles) WriteBriefingArticle(contentDir, a);
    }

    /// <summary>Path of the article inside the content folder.</summary>
    public static string BriefingArticlePath(string contentDir, GeneratedArticle a) =>
        Path.Combine(contentDir, "articles", a.FileStem + (a.Markdown ? ".md" : ".txt"));

    public static void WriteBriefingArticle(string contentDir, GeneratedArticle a) =>
        File.WriteAllText(BriefingArticlePath(contentDir, a), a.Markdown ? BriefingMarkdown(a) : BriefingPlainText(a));

    /// <summary>Plain text as agencies send it: a date in front matter, the headline line, a dateline, one paragraph per line or block.</summary>
    public static string BriefingPlainText(GeneratedArticle a)
    {
        var sb = new StringBuilder("---\ndate: ").Append(Iso(a.Date)).Append("\n---\n");
        var gap = a.Index % 2 == 0 ? "\n\n" : "\n";
        sb.Append(a.Title).Append(gap);
        sb.Append(a.Place.ToUpperInvariant()).Append(" (").Append(a.Agency).Append(") – ").Append(a.Paragraphs[0]).Append(gap);
        for (var k = 1; k < a.Paragraphs.Count; k++)
        {
            if (k == a.SubheadingBefore) sb.Append(a.Subheading).Append(gap);
            sb.Append(a.Paragraphs[k]).Append(gap);
        }
        return sb.ToString();
    }

    /// <summary>Markdown with a full front matter block and a subheading.</summary>
    public static string BriefingMarkdown(GeneratedArticle a)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(JsonSerializer.Serialize(a.Title, Json)).Append('\n');
        sb.Append("date: ").Append(Iso(a.Date)).Append('\n');
        sb.Append("source: ").Append(a.Agency).Append('\n');
        sb.Append("url: https://news.example.org/").Append(a.FileStem).Append('\n');
        sb.Append("---\n\n");
        AppendMarkdownBody(sb, a, dateline: true);
        return sb.ToString();
    }

    private static void AppendMarkdownBody(StringBuilder sb, GeneratedArticle a, bool dateline)
    {
        if (dateline) sb.Append(a.Place.ToUpperInvariant()).Append(" (").Append(a.Agency).Append(") – ");
        sb.Append(a.Paragraphs[0]).Append("\n\n");
        for (var k = 1; k < a.Paragraphs.Count; k++)
        {
            if (k == a.SubheadingBefore) sb.Append("## ").Append(a.Subheading).Append("\n\n");
            sb.Append(a.Paragraphs[k]).Append("\n\n");
        }
    }

    public static void WriteHugoSite(string siteDir, IEnumerable<GeneratedArticle> articles)
    {
        var content = Path.Combine(siteDir, "content", "articles");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(siteDir, "hugo.toml"), HugoTheme.Config);
        foreach (var (path, text) in HugoTheme.Layouts)
        {
            var full = Path.Combine(siteDir, "layouts", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        foreach (var a in articles) WriteHugoArticle(siteDir, a);
    }

    public static void WriteHugoArticle(string siteDir, GeneratedArticle a)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(JsonSerializer.Serialize(a.Title, Json)).Append('\n');
        sb.Append("date: ").Append(Iso(a.Date)).Append('\n');
        sb.Append("actors: ").Append(JsonSerializer.Serialize(a.Actors, Json)).Append('\n');
        sb.Append("events: ").Append(JsonSerializer.Serialize(a.Events, Json)).Append('\n');
        sb.Append("---\n\n");
        AppendMarkdownBody(sb, a, dateline: true);
        File.WriteAllText(Path.Combine(siteDir, "content", "articles", a.FileStem + ".md"), sb.ToString());
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
