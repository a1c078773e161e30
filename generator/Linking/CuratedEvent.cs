using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// One <c>content/events/*.yml</c> file. It selects extracted events by <see cref="Slug"/>, by the slugs in
/// <see cref="Merge"/> and by <see cref="Aliases"/> (matched against titles); the selected events become one event with
/// the fields given here. A file that selects nothing adds an event of its own; <see cref="Suppress"/> hides the selection.
/// </summary>
public sealed record CuratedEvent(
    string Slug,
    string? Title,
    PartialDate? Date,
    EventStatus? Status,
    string? Place,
    string? Kind,
    string? Description,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Merge,
    bool Suppress,
    SourceSpan Origin);
