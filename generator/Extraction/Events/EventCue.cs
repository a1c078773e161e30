namespace BriefingSite.Extraction.Events;

/// <summary>
/// A word or phrase that signals an event: characters [Start, Start+Length) of a sentence. <see cref="Head"/> is the
/// signalling noun or verb as written; <see cref="Name"/> is set for named events ("Minsk II", "Paris Agreement").
/// </summary>
public sealed record EventCue(string Kind, int Start, int Length, string Head, bool IsVerb, string? Name = null)
{
    public int End => Start + Length;

    /// <summary>A noun that names an event only with a date of its own phrase ("the ban in mid-July"; not "the ban").</summary>
    public bool DatedOnly { get; init; }

    /// <summary>A verb after "hopes to", "intends to", "is due to", "has yet to": an event someone means to do, still to come.</summary>
    public bool Intended { get; init; }

    /// <summary>The natural hazard that struck ("earthquake" in "an earthquake struck"): the verb tells an incident, not an attack.</summary>
    public string? Hazard { get; init; }
}
