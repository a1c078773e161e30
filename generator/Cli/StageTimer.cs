using System.Diagnostics;
using System.Globalization;

namespace BriefingSite.Cli;

/// <summary>
/// Times a build's stages for <c>build --timings</c>: each stage lasts from its <see cref="BuildStep"/> report to the next
/// one (or to <see cref="Stop"/>), and what ran before the first report is "Checking what changed". Passes each report on.
/// </summary>
public sealed class StageTimer(IProgress<BuildStep>? next) : IProgress<BuildStep>
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<(string Name, TimeSpan Start, long Allocated, TimeSpan Cpu)> starts = [("Checking what changed", TimeSpan.Zero, GC.GetTotalAllocatedBytes(), Cpu())];
    /// <summary>Wall and CPU time when the build ended (<see cref="Stop"/>).</summary>
    private (TimeSpan Wall, TimeSpan Cpu)? end;

    public void Report(BuildStep value)
    {
        lock (starts) starts.Add((value.Name, clock.Elapsed, GC.GetTotalAllocatedBytes(), Cpu()));
        next?.Report(value);
    }

    public void Stop() => end ??= (clock.Elapsed, Cpu());

    /// <summary>The CPU time of all the process's threads so far.</summary>
    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>
    /// One line per stage in the order they ran: wall time, CPU time of all threads (beside wall time, how busy the cores
    /// were: on two cores a stage that keeps both busy shows twice its wall time), memory allocated, name.
    /// </summary>
    public IEnumerable<string> Lines()
    {
        var (stop, cpu) = end ?? (clock.Elapsed, Cpu());
        var allocated = GC.GetTotalAllocatedBytes();
        List<(string Name, TimeSpan Start, long Allocated, TimeSpan Cpu)> seen;
        lock (starts) seen = [.. starts];
        for (var i = 0; i < seen.Count; i++)
        {
            var until = i + 1 < seen.Count ? seen[i + 1].Start : stop;
            // Memory allocated by every thread while the stage ran: what the collector will have to go through.
            var bytes = (i + 1 < seen.Count ? seen[i + 1].Allocated : allocated) - seen[i].Allocated;
            var busy = (i + 1 < seen.Count ? seen[i + 1].Cpu : cpu) - seen[i].Cpu;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{(until - seen[i].Start).TotalSeconds,8:0.000} s {busy.TotalSeconds,8:0.000} s CPU {bytes / (1024.0 * 1024),8:0} MiB allocated  {seen[i].Name}");
        }
        // What the whole process cost besides wall time: on a shared machine CPU time is the steadier figure, and the
        // collector's pauses show whether memory, not work, is the cost.
        yield return string.Create(CultureInfo.InvariantCulture,
            $"  CPU time of all threads: {Cpu().TotalSeconds:0.000} s; garbage collections: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} (gen 0 / 1 / 2), paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s");
    }
}
