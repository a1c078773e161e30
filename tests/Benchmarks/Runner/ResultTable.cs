using System.Globalization;
using System.Text;

namespace BriefingSite.Benchmarks.Runner;

/// <summary>The Markdown table of a run, and the targets of issue 7 checked against it.</summary>
public static class ResultTable
{
    public static string Markdown(IReadOnlyList<Measurement> rows, string machine)
    {
        var sb = new StringBuilder();
        sb.Append(machine).Append(" Wall time includes process start; CPU is user + system time, which other load on the machine disturbs less.\n\n");
        sb.Append("| case | articles | briefing wall (s) | briefing CPU (s) | briefing peak RSS (MiB) | files written | output files | Hugo wall (s) | Hugo CPU (s) | Hugo peak RSS (MiB) | Hugo files | wall ratio briefing / Hugo |\n");
        sb.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var r in rows)
        {
            sb.Append(Inv($"| {r.Case} | {r.Articles:N0} | {r.Briefing.Seconds:0.00} | {Cpu(r.Briefing)} | {Mib(r.Briefing)} | {r.FilesTouched} | {r.OutputFiles} | "));
            sb.Append(r.Hugo is { } h ? Inv($"{h.Seconds:0.00} | {Cpu(h)} | {Mib(h)} | {r.HugoFiles} | {r.Briefing.Seconds / h.Seconds:0.00} |") : "| | | | |");
            sb.Append('\n');
        }
        sb.Append('\n').Append(Targets(rows));
        return sb.ToString();
    }

    /// <summary>Each target of issue 7 with the figures it was judged on.</summary>
    public static string Targets(IReadOnlyList<Measurement> rows)
    {
        var sb = new StringBuilder("Targets:\n\n");
        var cleans = rows.Where(r => r.Case == "clean build").OrderBy(r => r.Articles).ToList();
        var largest = cleans.LastOrDefault();
        void Line(string what, bool? ok, string figures) =>
            sb.Append("- ").Append(ok switch { true => "PASS", false => "FAIL", null => "n/a" }).Append(": ").Append(what).Append(" (").Append(figures).Append(")\n");

        if (largest is not null)
        {
            var full = largest.Briefing.Seconds;
            Line(Inv($"clean build of {largest.Articles:N0} faster than Hugo"), largest.Hugo is null ? null : full < largest.Hugo.Seconds,
                largest.Hugo is null ? "Hugo not run" : Inv($"{full:0.00} s vs {largest.Hugo.Seconds:0.00} s"));
            if (rows.FirstOrDefault(r => r.Case.StartsWith("rebuild after adding", StringComparison.Ordinal)) is { } add)
                Line("rebuild after adding one article under 10% of the clean build", add.Briefing.Seconds < 0.10 * full,
                    Inv($"{add.Briefing.Seconds:0.00} s = {100 * add.Briefing.Seconds / full:0.0}%, {add.FilesTouched} files written"));
            if (rows.FirstOrDefault(r => r.Case == "no-change rebuild") is { } same)
                Line("no-change rebuild under 5% of the clean build, writing no file", same.Briefing.Seconds < 0.05 * full && same.FilesTouched == 0,
                    Inv($"{same.Briefing.Seconds:0.00} s = {100 * same.Briefing.Seconds / full:0.0}%, {same.FilesTouched} files written"));
            Line(Inv($"peak memory at {largest.Articles:N0} under 1.5 GiB"), largest.Briefing.PeakRssMiB is { } m ? m < 1536 : null, Inv($"{Mib(largest.Briefing)} MiB"));
            if (cleans.Count >= 2 && cleans[0].Briefing.PeakRssMiB is { } m0 && largest.Briefing.PeakRssMiB is { } m1 && cleans[^2].Briefing.PeakRssMiB is { } mMid)
            {
                var small = cleans[^2];
                var perArticleLow = (mMid - m0) / Math.Max(1, small.Articles - cleans[0].Articles);
                var perArticleHigh = (m1 - mMid) / Math.Max(1, largest.Articles - small.Articles);
                Line("memory growth close to linear", perArticleHigh <= 2 * Math.Max(perArticleLow, 0.01),
                    Inv($"{1024 * perArticleLow:0} KiB per article from {cleans[0].Articles:N0} to {small.Articles:N0}, {1024 * perArticleHigh:0} KiB per article from {small.Articles:N0} to {largest.Articles:N0}"));
            }
        }
        if (rows.FirstOrDefault(r => r.Case.StartsWith("seeds", StringComparison.Ordinal)) is { } seeds)
            Line("three-article site under 1.5 s, process start included", seeds.Briefing.Seconds < 1.5, Inv($"{seeds.Briefing.Seconds:0.00} s"));
        return sb.ToString();
    }

    /// <summary>Replaces the text between the benchmark markers of a README with <paramref name="table"/>.</summary>
    public static bool UpdateReadme(string readmePath, string table)
    {
        const string start = "<!-- scale-benchmark:start -->", end = "<!-- scale-benchmark:end -->";
        var text = File.ReadAllText(readmePath);
        var a = text.IndexOf(start, StringComparison.Ordinal);
        var b = text.IndexOf(end, StringComparison.Ordinal);
        if (a < 0 || b < a) return false;
        File.WriteAllText(readmePath, text[..(a + start.Length)] + "\n" + table.TrimEnd() + "\n" + text[b..]);
        return true;
    }

    private static string Cpu(TimedResult r) => r.CpuSeconds is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Mib(TimedResult r) => r.PeakRssMiB is { } m ? m.ToString("0", CultureInfo.InvariantCulture) : "n/a";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
