using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// What a name found in text stands for: an actor (<see cref="Kind"/> set, <see cref="Key"/> its canonical name)
/// or something that is never an actor (a city, a weekday, a suppressed name: <see cref="Kind"/> null).
/// </summary>
public sealed record KnownName(string Key, ActorKind? Kind)
{
    public bool IsActor => Kind is not null;

    /// <summary>For a capital city: the country whose government the city's name stands for when it acts ("Moscow said").</summary>
    public string? Government { get; init; }
}
