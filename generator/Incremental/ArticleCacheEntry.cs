using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Incremental;

/// <summary>
/// One article's reusable results: the normalized article and its diagnostics under <see cref="Key"/>, and its
/// extracted facts under <see cref="FactsKey"/> (which adds the final slug and the extraction knowledge).
/// </summary>
public sealed record ArticleCacheEntry(string Key, Article Article, ImmutableArray<Diagnostic> Diagnostics, string? FactsKey, ArticleFacts? Facts);
