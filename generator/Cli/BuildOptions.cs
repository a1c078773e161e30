namespace BriefingSite.Cli;

/// <summary>What a build is asked to do. Paths may be relative to the working directory.</summary>
public sealed record BuildOptions(string ContentDir, string OutputDir, string? BaseUrl = null, string? ThemeDir = null, bool DryRun = false);
