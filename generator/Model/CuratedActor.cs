using System.Collections.Immutable;
using BriefingSite.Diagnostics;

namespace BriefingSite.Model;

/// <summary>
/// An actor as an editor wrote it in <c>content/actors/*.yml</c>. Curated data wins over what extraction found;
/// <see cref="Suppress"/> removes a false actor (every mention of its name and aliases) from the site.
/// </summary>
public sealed record CuratedActor(
    string Name,
    ActorKind? Kind,
    ImmutableArray<string> Aliases,
    string? Description,
    ImmutableArray<ActorLink> Links,
    bool Suppress,
    SourceSpan Origin)
{
    /// <summary>The name, then the aliases: every form of the actor that extraction should find in text.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
