using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;
using BriefingSite.Publishing;

namespace BriefingSite;

/// <summary>The outcome of a build: its diagnostics, and when it succeeded, the site and what was written.</summary>
/// <remarks>
/// A build that found nothing changed since the last one (<see cref="Incremental.UpToDateCheck"/>) succeeds with no
/// site graph and no files: <see cref="UpToDateArticles"/> then says how many articles the unchanged site has.
/// </remarks>
public sealed record BuildReport(ImmutableArray<Diagnostic> Diagnostics, SiteGraph? Site, ImmutableArray<OutputFile> Files, WriteSummary? Written, int? UpToDateArticles = null)
{
    public bool UpToDate => UpToDateArticles is not null;

    public bool Succeeded => (Site is not null || UpToDate) && !Diagnostics.Any(d => d.IsError);

    public int ArticleCount => Site?.Articles.Length ?? UpToDateArticles ?? 0;

    /// <summary>What the previous build in the same output folder published; null for dry runs and up-to-date builds.</summary>
    public PreviousBuild? Previous { get; init; }
}
