using System.ComponentModel;
using System.Diagnostics;
using BriefingSite.Incremental;

namespace BriefingSite.Cli;

/// <summary>
/// <c>briefing build</c> of a large site it built before runs the build in a child process with tiered compilation off.
/// Such a rebuild takes almost every article from the cache, then links and fingerprints thousands of them once: the
/// runtime's background recompilation of the methods that run hot (tier 1) cost about a quarter of its CPU time and had
/// not paid back when the process ended (the 10,000-article benchmark site after adding one article: 11.7 and 10.6 s of
/// CPU with it, 8.8 and 8.5 s without). A clean build runs long enough for the recompiled code to pay back (without it,
/// 12% more CPU), so a first build keeps the default. The runtime reads the switch only when it starts, hence the child.
/// </summary>
public static class RebuildProcess
{
    /// <summary>Sites of fewer articles rebuild in well under a second, too little for a second process start to pay.</summary>
    public const int MinArticles = 1000;

    /// <summary>Set in the child's environment, so it builds instead of starting another child.</summary>
    private const string ChildMarker = "BRIEFING_REBUILD_CHILD";

    /// <summary>Runs the build in the child and returns its exit code; null when this process should build itself.</summary>
    public static int? TryRun(BuildOptions options)
    {
        if (!Wanted(options, Environment.GetEnvironmentVariable)) return null;
        var psi = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        var args = Environment.GetCommandLineArgs();
        // Under the dotnet host the first argument is the program's assembly; an apphost is the program itself.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") psi.ArgumentList.Add(args[0]);
        foreach (var a in args.Skip(1)) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_TieredCompilation"] = "0";
        psi.Environment[ChildMarker] = "1";
        try
        {
            // The child inherits standard input, output and error: what it prints is what the user sees.
            using var child = Process.Start(psi)!;
            child.WaitForExit();
            return child.ExitCode;
        }
        catch (Win32Exception)
        {
            return null;  // the program could not be started again: build here, with the default
        }
    }

    /// <param name="options">The build asked for.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="minArticles">How many articles the last build must have published.</param>
    internal static bool Wanted(BuildOptions options, Func<string, string?> environment, int minArticles = MinArticles) =>
        options.OwnsProcess && Environment.ProcessPath is not null
        && environment(ChildMarker) is null
        // Whoever set the runtime's tiering themselves decides.
        && environment("DOTNET_TieredCompilation") is null && environment("COMPlus_TieredCompilation") is null
        && UpToDateCheck.PreviousArticleCount(options) >= minArticles;
}
