using Spectre.Console;

namespace BriefingSite.Cli;

/// <summary>
/// A progress bar for builds that take a while, drawn only in an interactive terminal: never in CI logs or
/// redirected output, and not at all for builds that finish within a second.
/// </summary>
public static class BuildProgressDisplay
{
    private static readonly TimeSpan ShowAfter = TimeSpan.FromSeconds(1);

    public static bool IsInteractive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null && Environment.GetEnvironmentVariable("TF_BUILD") is null
        && AnsiConsole.Profile.Capabilities.Interactive;

    public static BuildReport Run(Func<IProgress<BuildStep>?, BuildReport> build, bool interactive)
    {
        if (!interactive) return build(null);
        var latest = new LatestStep();
        var running = Task.Run(() => build(latest));
        if (running.Wait(ShowAfter)) return running.Result;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var bar = ctx.AddTask("Building", maxValue: BuildStep.Total);
                while (!running.Wait(100))
                    if (latest.Step is { } step)
                    {
                        bar.Value = step.Number - 1;
                        bar.Description = Markup.Escape(step.Name);
                    }
                bar.Value = BuildStep.Total;
            });
        return running.Result;
    }

    /// <summary>Keeps only the stage most recently reached; the display polls it.</summary>
    private sealed class LatestStep : IProgress<BuildStep>
    {
        private volatile BuildStep? _step;
        public BuildStep? Step => _step;
        public void Report(BuildStep value) => _step = value;
    }
}
