using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Subjects that are a natural hazard or a spreading harm rather than an actor: "the flames", "the fire", "the polluted
/// wave", "Hurricane Dorian", "the oil slick". What such a thing did on a day ("When the flames crossed into Chile on
/// January 17", "the polluted wave had crossed into Hungary on Wednesday") is an event as a named actor's deed is.
/// </summary>
public static partial class HazardSubjects
{
    /// <summary>
    /// A whole subject: an optional "when"/"as", a determiner, up to three modifiers and a hazard noun (or "Hurricane"/"Storm"
    /// and a name); an auxiliary of the perfect ("had") is no part of it.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:When|when|As|as|Once|once)\s+)?(?:(?:the|The|a|A|its|Its|this|This|that|That)\s+)?(?:(?:[A-Z][\w’'-]*|[a-z][\w’'-]*)\s+){0,3}?(?:(?:fires?|wildfires?|bushfires?|blaze|flames|smoke|storm|hurricane|typhoon|cyclone|tornado|floods?|floodwaters?|flood waters|spill|slick|plume|wave|lava|eruption|outbreak|epidemic)|(?:Hurricane|Typhoon|Cyclone|Storm|Tropical Storm) [A-Z][a-z]+)(?:\s+(?:had|has|have))?\s*$")]
    private static partial Regex Whole();

    /// <summary>What a hazard does that is news: it moves, spreads, strikes or destroys ("the fire was", "the storm seemed" tell nothing).</summary>
    private static readonly HashSet<string> Moves = new(StringComparer.Ordinal)
    {
        "reached", "arrived", "crossed", "spread", "jumped", "destroyed", "damaged", "burned", "burnt", "swept", "hit", "struck", "killed", "engulfed",
        "forced", "flooded", "cleared", "broke", "entered", "moved", "passed",
    };

    /// <summary>Whether <paramref name="subject"/> (a clause's words before its verb) names such a hazard.</summary>
    public static bool Is(string subject) => Whole().IsMatch(subject.Trim());

    /// <summary>Whether the past verb tells what a hazard did (moved, spread, struck or destroyed), though a person's "reached" may be a figure.</summary>
    public static bool Moved(string verb) => Moves.Contains(verb);
}
