using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Incremental;

/// <summary>
/// One article file in an <see cref="ArticleSnapshot"/>: its stamp when it was read, everything a build printed about it
/// (reading and normalizing), its normalized article and, unless it is a draft, its facts with the final slug and the
/// extraction knowledge (<see cref="Extraction.Knowledge"/> fingerprint and curated files) they were extracted under.
/// What else normalization depends on (the program, the content folder, the file's path and bytes) is fixed by the
/// snapshot's key and the stamp.
/// </summary>
public sealed record SnapshotEntry(
    FileStamp Stamp,
    ImmutableArray<Diagnostic> Diagnostics,
    Article Article,
    string? FactsSlug,
    string? FactsKnowledge,
    ArticleFacts? Facts);
