namespace BriefingSite.Benchmarks.Runner;

/// <summary>One row of the result table.</summary>
public sealed record Measurement(
    string Case,
    int Articles,
    TimedResult Briefing,
    int? FilesTouched,
    int? OutputFiles,
    TimedResult? Hugo = null,
    int? HugoFiles = null);
