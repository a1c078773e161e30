using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite;

/// <summary>What `add` did with one file.</summary>
public enum AddOutcome { Added, AlreadyPresent, Failed }

/// <summary>
/// The outcome of adding one file: where it went (or which article it duplicates), what normalization and extraction
/// found, and which actors and events are new to the site.
/// </summary>
public sealed record AddedArticle(
    string SourcePath,
    AddOutcome Outcome,
    Article? Article,
    string? WrittenPath,
    string? RenamedFrom,
    string? DuplicateOf,
    string? DuplicateReason,
    string? EncodingNote,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Events,
    ImmutableArray<string> NewActors,
    ImmutableArray<string> NewEvents,
    ImmutableArray<Diagnostic> Diagnostics);

/// <summary>The outcome of one `add` run. <see cref="SiteKnown"/> is false when the current content could not be built, so "new to the site" is unknown.</summary>
public sealed record AddReport(ImmutableArray<AddedArticle> Items, bool SiteKnown, ImmutableArray<Diagnostic> SiteDiagnostics)
{
    public bool Succeeded => Items.All(i => i.Outcome != AddOutcome.Failed);
}
