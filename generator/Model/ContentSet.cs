using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>Everything read from the content folder, sorted by path.</summary>
public sealed record ContentSet(
    SiteSettings Settings,
    ImmutableArray<RawArticle> Articles,
    ImmutableArray<ContentFile> ActorFiles,
    ImmutableArray<ContentFile> EventFiles);
