namespace BriefingSite.Cli;

/// <summary>
/// What a build is asked to do. Paths may be relative to the working directory. <see cref="CacheDir"/> overrides where
/// reusable results are kept (default: <c>.briefing-cache/</c> beside the output folder); <see cref="NoCache"/> neither reads nor writes it.
/// <see cref="OwnsProcess"/>: the build is all its process does (<c>briefing build</c>), so a small rebuild may hold garbage
/// collection off (see Incremental.CollectionHold); builds that share their process with others (tests, <c>serve</c>) never do.
/// </summary>
public sealed record BuildOptions(string ContentDir, string OutputDir, string? BaseUrl = null, string? ThemeDir = null, bool DryRun = false,
    string? CacheDir = null, bool NoCache = false, bool OwnsProcess = false);
