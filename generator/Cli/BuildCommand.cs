using System.Diagnostics;
using System.Globalization;
using BriefingSite.Diagnostics;

namespace BriefingSite.Cli;

/// <summary><c>briefing build</c>: runs the pipeline, prints every diagnostic and a summary, returns 0 or 1.</summary>
public static class BuildCommand
{
    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, bool timings = false)
    {
        var clock = Stopwatch.StartNew();
        StageTimer? timer = null;
        var report = BuildProgressDisplay.Run(progress =>
        {
            timer = timings ? new StageTimer(progress) : null;
            var built = BuildPipeline.Run(options, timer ?? progress);
            timer?.Stop();
            return built;
        }, BuildProgressDisplay.IsInteractive(stdout));
        if (timer is not null)
            foreach (var line in timer.Lines()) stderr.WriteLine(line);
        return Print(report, options, clock.Elapsed, stdout, stderr);
    }

    /// <summary>Prints a build's diagnostics and summary (also after each rebuild in `serve`); returns the exit code.</summary>
    public static int Print(BuildReport report, BuildOptions options, TimeSpan elapsed, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in report.Diagnostics)
            (d.Severity == Severity.Info ? stdout : stderr).WriteLine(d.ToString());
        var errors = report.Diagnostics.Count(d => d.IsError);
        if (!report.Succeeded)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Build failed with {errors} error(s); '{options.OutputDir}' was left as it was."));
            return 1;
        }
        foreach (var line in BuildSummary.Lines(report, options, elapsed)) stdout.WriteLine(line);
        return 0;
    }
}
