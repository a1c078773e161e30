using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;
using BriefingSite.Publishing;

namespace BriefingSite;

/// <summary>The outcome of a build: its diagnostics, and when it succeeded, the site and what was written.</summary>
public sealed record BuildReport(ImmutableArray<Diagnostic> Diagnostics, SiteGraph? Site, ImmutableArray<OutputFile> Files, WriteSummary? Written)
{
    public bool Succeeded => Site is not null && !Diagnostics.Any(d => d.IsError);
}
