namespace BriefingSite.Publishing;

/// <summary>How many output files a build wrote, left as they were, and removed.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Removed)
{
    /// <summary>Of the unchanged files, those that were not even rendered (their fingerprint matched the last build's).</summary>
    public int NotRendered { get; init; }

    /// <summary>The files written and removed, relative to the output folder ('/' separated).</summary>
    public IReadOnlyList<string> WrittenPaths { get; init; } = [];

    public IReadOnlyList<string> RemovedPaths { get; init; } = [];
}
