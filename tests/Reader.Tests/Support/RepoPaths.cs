namespace BriefingSite.ReaderTests.Support;

/// <summary>Where the repository and the checking tools are: found by walking up to the folder holding BriefingSite.sln.</summary>
public static class RepoPaths
{
    /// <summary>Debian's chromium; <c>BRIEFING_CHROMIUM</c> points elsewhere (e.g. Chrome on a GitHub runner). Never a downloaded browser.</summary>
    public static string Chromium { get; } = Environment.GetEnvironmentVariable("BRIEFING_CHROMIUM") is { Length: > 0 } c ? c : "/usr/bin/chromium";

    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Theme => Path.Combine(Root, "themes", "default");
    public static string WebTools => Path.Combine(Root, "tests", "web", "node_modules");
    public static string AxeScript => Path.Combine(WebTools, "axe-core", "axe.min.js");
    public static string VnuJar => Path.Combine(WebTools, "vnu-jar", "build", "dist", "vnu.jar");
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    /// <summary>On CI (.ci/run installs every tool) a missing tool is a failure, never a skip.</summary>
    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BriefingSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("BriefingSite.sln not found above " + AppContext.BaseDirectory);
    }
}
