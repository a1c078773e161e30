using System.Diagnostics;
using System.Globalization;

namespace BriefingSite.Benchmarks.Runner;

/// <summary>What one timed run of a program gave: wall time (process start included), peak memory, CPU time (user + system), exit code and output.</summary>
public sealed record TimedResult(double Seconds, long? PeakRssKiB, double? CpuSeconds, int ExitCode, string Stdout, string Stderr)
{
    public double? PeakRssMiB => PeakRssKiB / 1024.0;
}

/// <summary>Runs a program to completion, under GNU time when it is installed so the child's peak RSS is known.</summary>
public static class TimedProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static TimedResult Run(string program, IEnumerable<string> args, string? workingDir = null)
    {
        var rssFile = File.Exists(GnuTime) ? Path.GetTempFileName() : null;
        var psi = new ProcessStartInfo(rssFile is null ? program : GnuTime)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDir ?? Environment.CurrentDirectory,
        };
        if (rssFile is not null)
            foreach (var a in new[] { "-f", "%M %U %S", "-o", rssFile, program }) psi.ArgumentList.Add(a);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        long? rss = null;
        double? cpu = null;
        if (rssFile is not null)
        {
            // GNU time's line is the last one ("Command exited with non-zero status" may precede it).
            var last = (File.ReadAllLines(rssFile).LastOrDefault(l => l.Trim().Length > 0) ?? "").Trim().Split(' ');
            if (last.Length == 3 && long.TryParse(last[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib)
                && double.TryParse(last[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
                && double.TryParse(last[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var sys))
            {
                rss = kib;
                cpu = user + sys;
            }
            File.Delete(rssFile);
        }
        return new TimedResult(seconds, rss, cpu, p.ExitCode, stdout.Result, stderr.Result);
    }
}
