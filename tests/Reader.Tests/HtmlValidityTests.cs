using System.Diagnostics;
using System.Text.Json;
using BriefingSite.ReaderTests.Support;

namespace BriefingSite.ReaderTests;

/// <summary>The W3C Nu HTML Checker (vnu.jar from npm, run with Java) over every page of the built site: no errors.</summary>
[Collection(PublishedSiteCollection.Name)]
public class HtmlValidityTests(PublishedSite site)
{
    [NeedsToolFact("java", "vnu")]
    public async Task Every_page_passes_the_nu_html_checker_without_errors()
    {
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var kinds = site.PageKinds().Select(k => k.Length == 0 || k.EndsWith('/') ? k + "index.html" : k).ToList();
        kinds.ShouldAllBe(k => pages.Contains(Path.Combine(site.Output, k)));

        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-Xss2m", "-jar", RepoPaths.VnuJar, "--errors-only", "--format", "json" }.Concat(pages))
            start.ArgumentList.Add(a);
        using var vnu = Process.Start(start)!;
        var stdout = vnu.StandardOutput.ReadToEndAsync();
        var report = await vnu.StandardError.ReadToEndAsync();
        await vnu.WaitForExitAsync();
        await stdout;

        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || m.TryGetProperty("subType", out var st) && st.GetString() == "fatal")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        messages.ShouldBeEmpty(string.Join("\n", messages));
        vnu.ExitCode.ShouldBe(0, report);
    }
}
