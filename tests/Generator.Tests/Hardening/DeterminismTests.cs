using System.Diagnostics;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// The real <c>briefing</c> program, run as a process under different locales and time zones, writes byte-identical
/// sites. Turkish is the classic trap (culture-aware "I".ToLower() is "ı"); Kiritimati is UTC+14.
/// </summary>
public class DeterminismTests
{
    private static (int Exit, string Output) RunBriefing(string content, string output, IDictionary<string, string> env)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "briefing.dll");
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "build", "--content", content, "--output", output, "--base-url", "https://news.example.org/briefing/", "--theme", TestSite.Theme })
            psi.ArgumentList.Add(a);
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(TimeSpan.FromMinutes(5)).ShouldBeTrue("briefing did not finish");
        return (p.ExitCode, stdout.Result + stderr.Result);
    }

    [Fact]
    public void Builds_under_turkish_german_and_far_time_zones_are_byte_identical()
    {
        using var site = new TestSite("""
            === site.yml ===
            title: İstanbul Briefing
            language: tr
            === articles/istanbul.md ===
            ---
            title: "IŞIK: İstanbul'da seçim, DIŞİŞLERİ ve ılık hava"
            date: 2024-03-31
            ---
            İstanbul Valisi Ali Yerlikaya said on Sunday that the vote passed calmly. TITLE CASE WORDS AND I İ ı i.

            The Interior Ministry in ANKARA reported 1.234,5 votes — or 1,234.5 — by 23:59.
            === articles/koeln.txt ===
            ---
            date: 2023-12-31
            ---
            Köln prüft Straßenbahn

            Der Oberbürgermeister sagte am Montag, die Straßenbahn werde 3,5 Millionen Euro kosten. Bürger äußerten sich.
            === articles/late.txt ===
            ---
            date: 2024-12-31
            ---
            Year ends in Kiribati first

            Kiribati greets the new year before anyone else, officials said on Tuesday.
            """);
        site.Write("articles/seed.txt", TestSite.Seed("000_c3c376cbc2f5014f"));
        var first = Path.Combine(site.Root, "out-tr");
        var second = Path.Combine(site.Root, "out-utc");

        var a = RunBriefing(site.Content, first, new Dictionary<string, string>
        {
            ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Pacific/Kiritimati", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
        });
        var b = RunBriefing(site.Content, second, new Dictionary<string, string>
        {
            ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "America/Adak", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0",
        });

        a.Exit.ShouldBe(0, a.Output);
        b.Exit.ShouldBe(0, b.Output);
        var left = BadInputCorpusTests.Snapshot(first);
        var right = BadInputCorpusTests.Snapshot(second);
        left.Count.ShouldBeGreaterThan(10);
        right.Keys.ShouldBe(left.Keys);
        foreach (var (path, hash) in left) right[path].ShouldBe(hash, $"{path} differs between locales/time zones");
    }
}
