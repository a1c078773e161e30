using System.Security.Cryptography;
using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Every case in <c>Hardening/Cases</c> is built through the CLI's build command. Whatever the case, the build
/// reports exactly the expected problems, never throws, never touches the content, and leaves the previous
/// output as it was when it fails; a site it does build holds nothing from content that a browser would run.
/// </summary>
public class BadInputCorpusTests
{
    public static IEnumerable<object[]> Cases() => CaseDirectory.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_builds_or_fails_exactly_as_expected(string name)
    {
        var c = CaseDirectory.Named(name);
        var expected = c.Expected();
        using var site = new TestSite();
        Directory.Delete(site.Content, recursive: true);
        if (Directory.Exists(c.ContentDir)) CopyTree(c.ContentDir, site.Content);
        WritePreviousOutput(site.Output);
        var contentBefore = Snapshot(site.Content);
        var outputBefore = Snapshot(site.Output);

        var (exit, printed) = Run(site);

        var shown = printed.Where(l => l.Contains(": error: ", StringComparison.Ordinal) || l.Contains(": warning: ", StringComparison.Ordinal)
                                       || l.StartsWith("error: ", StringComparison.Ordinal) || l.StartsWith("warning: ", StringComparison.Ordinal)).ToList();
        var all = string.Join("\n", printed);
        shown.ShouldBe(expected.Diagnostics, $"printed:\n{all}");
        exit.ShouldBe(expected.Exit, all);
        all.ShouldNotContain("   at ", customMessage: "a stack trace was printed");
        Snapshot(site.Content).ShouldBe(contentBefore, "the build changed the content folder");
        if (exit != 0)
        {
            Snapshot(site.Output).ShouldBe(outputBefore, "a failed build changed the previous output");
            return;
        }
        foreach (var path in expected.Present) site.OutputExists(path).ShouldBeTrue($"{path} missing; built: {string.Join(", ", Snapshot(site.Output).Keys)}");
        foreach (var path in expected.Absent) site.OutputExists(path).ShouldBeFalse($"{path} should not be built");
        HostileOutputScan.Problems(site.Output).ShouldBeEmpty();
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
    }

    /// <summary>Runs `briefing build` in-process; paths in what it prints are shown relative to the temp site, as "content/...".</summary>
    public static (int Exit, List<string> Printed) Run(TestSite site)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = BuildCommand.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme), stdout, stderr);
        var prefix = site.Root.Replace('\\', '/') + "/";
        var printed = (stdout + stderr.ToString()).Replace(prefix, "", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        return (exit, printed);
    }

    /// <summary>A site from an earlier build, so a failed build can be seen to leave it alone.</summary>
    private static void WritePreviousOutput(string output)
    {
        Directory.CreateDirectory(Path.Combine(output, "articles", "earlier"));
        File.WriteAllText(Path.Combine(output, ".nojekyll"), "");
        File.WriteAllText(Path.Combine(output, "index.html"), "<!DOCTYPE html><title>earlier build</title>");
        File.WriteAllText(Path.Combine(output, "articles", "earlier", "index.html"), "<!DOCTYPE html><title>earlier article</title>");
    }

    public static Dictionary<string, string> Snapshot(string dir)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(dir)) return result;
        foreach (var f in Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            result[Path.GetRelativePath(dir, f).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)));
        return result;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
