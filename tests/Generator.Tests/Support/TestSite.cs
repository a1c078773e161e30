using System.Text;
using BriefingSite.Cli;

namespace BriefingSite.Tests.Support;

/// <summary>
/// A throwaway site in a temp folder, described in one string: lines "=== relative/path ===" start a file,
/// everything up to the next header is its content. Disposing deletes the folder.
/// </summary>
public sealed class TestSite : IDisposable
{
    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "output");
    public static string Theme => Path.Combine(AppContext.BaseDirectory, "themes", "default");

    public TestSite(string spec = "")
    {
        Root = Path.Combine(Path.GetTempPath(), "briefing-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Content, "articles"));
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in spec.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal) && line.EndsWith(" ===", StringComparison.Ordinal))
            {
                Flush(path, body);
                path = line[4..^4].Trim();
                body.Clear();
            }
            else if (path is not null) body.Append(line).Append('\n');
        }
        Flush(path, body);
    }

    private void Flush(string? path, StringBuilder body)
    {
        if (path is null) return;
        Write(path, body.ToString().TrimEnd('\n') + "\n");
    }

    public void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var full = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildReport Build(string? baseUrl = null) =>
        BuildPipeline.Run(new BuildOptions(Content, Output, baseUrl, Theme));

    /// <summary>
    /// The linked site of <paramref name="spec"/>, built without writing (a dry run, no cache), with each article's slug by
    /// its file name ("budget" for articles/budget.md).
    /// </summary>
    public static (Model.SiteGraph Site, Dictionary<string, string> SlugOf) Linked(string spec)
    {
        using var site = new TestSite(spec);
        var report = BuildPipeline.Run(new BuildOptions(site.Content, site.Output, ThemeDir: Theme, DryRun: true, NoCache: true));
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var graph = report.Site!;
        return (graph, graph.Articles.ToDictionary(a => Path.GetFileNameWithoutExtension(a.Origin.Path), a => a.Slug, StringComparer.Ordinal));
    }

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));
    public bool OutputExists(string relative) => File.Exists(Path.Combine(Output, relative));

    public static string Seed(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", id + ".txt"));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
