using System.ComponentModel;
using System.Diagnostics;
using BriefingSite.Incremental;

namespace BriefingSite.Cli;

/// <summary>
/// The program runs with tiered compilation off (Briefing.csproj), except a first build of a large site, which
/// <c>briefing build</c> runs in a child process with it on. A rebuild of a large site takes almost every article from the
/// cache, then links and fingerprints thousands of them once: the runtime's background recompilation of the methods that
/// run hot (tier 1) cost about a quarter of its CPU time and had not paid back when the process ended (the 10,000-article
/// benchmark site after adding one article: 11.7 and 10.6 s of CPU with it, 8.8 and 8.5 s without). A first build
/// extracts every article and runs long enough for the recompiled code to pay back (without it, 12% more CPU). The runtime
/// reads the switch only when it starts, hence a child for one of the two. The rebuild used to be the child: adding one
/// article to that site then started two processes, and building it in the first one took 0.1 s off the rebuild (four
/// alternating pairs on an otherwise stopped machine: 2.80 against 2.93 s on average), while a first build of 10,000
/// articles pays one process start more out of twenty seconds.
/// </summary>
public static class FirstBuildProcess
{
    /// <summary>From this many articles a build counts as large (see also CollectionHold in BuildPipeline).</summary>
    public const int MinArticles = 1000;

    /// <summary>Set in the child's environment, so it builds instead of starting another child.</summary>
    private const string ChildMarker = "BRIEFING_FIRST_BUILD_CHILD";

    /// <summary>Runs the build in the child and returns its exit code; null when this process should build itself.</summary>
    public static int? TryRun(BuildOptions options)
    {
        if (!Wanted(options, Environment.GetEnvironmentVariable)) return null;
        var psi = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        var args = Environment.GetCommandLineArgs();
        // Under the dotnet host the first argument is the program's assembly; an apphost is the program itself.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") psi.ArgumentList.Add(args[0]);
        foreach (var a in args.Skip(1)) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_TieredCompilation"] = "1";
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
            return null;  // the program could not be started again: build here, without tiering
        }
    }

    /// <param name="options">The build asked for.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="minArticles">How many new article files make a large first build.</param>
    internal static bool Wanted(BuildOptions options, Func<string, string?> environment, int minArticles = MinArticles) =>
        options.OwnsProcess && Environment.ProcessPath is not null
        && environment(ChildMarker) is null
        // Whoever set the runtime's tiering themselves decides.
        && environment("DOTNET_TieredCompilation") is null && environment("COMPlus_TieredCompilation") is null
        && ManyNew(options, minArticles);

    /// <summary>
    /// Whether at least <paramref name="minArticles"/> article files are more than the last build with these options
    /// published (none without such a build): a site built before with that many is rebuilt here, without counting its files.
    /// </summary>
    private static bool ManyNew(BuildOptions options, int minArticles)
    {
        var previous = UpToDateCheck.PreviousArticleCount(options) ?? 0;
        return previous < minArticles && ArticleFiles(options.ContentDir, previous + minArticles) - previous >= minArticles;
    }

    /// <summary>The files under the content folder's articles/, counted up to <paramref name="enough"/>.</summary>
    private static int ArticleFiles(string contentDir, int enough)
    {
        var articles = Path.Combine(contentDir, "articles");
        if (!Directory.Exists(articles)) return 0;
        try
        {
            return Directory.EnumerateFiles(articles, "*", new EnumerationOptions { RecurseSubdirectories = true }).Take(enough).Count();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
