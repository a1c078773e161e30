namespace BriefingSite.Benchmarks.Runner;

/// <summary>What the benchmark runs: corpus sizes, where it works, and what it compares against.</summary>
public sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes,
    string WorkDir,
    ulong Seed,
    bool Hugo,
    string? CorporaDir,
    string? ReadmePath,
    int Repeat);
