namespace BriefingSite.Publishing;

/// <summary>How many output files a build wrote, left as they were, and removed.</summary>
public sealed record WriteSummary(int Written, int Unchanged, int Removed);
