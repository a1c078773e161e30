namespace BriefingSite.Linking;

/// <summary>
/// A ban and a ruling are two families, never in one block, yet one body's ban on a person is that body's ruling against
/// the person: "the Disciplinary Tribunal banned runner X for four years" of one article is "the Tribunal's ruling in March
/// against X" of another. Only when both name that person and one names the body that decided as taking part, whose name
/// the other says too ("Tribunal"): a federation's ban on a person and a criminal court's ruling on that person are two.
/// </summary>
internal static class EventRulings
{
    public static bool Ruling(EventTraits ruling, EventTraits ban) =>
        ruling.Kind == "decision" && ban.Kind == "sanctions" && EventTraits.Overlap(ruling.Persons, ban.Persons)
        && (EventTraits.Overlap(ruling.BodyWords, ban.Words) || EventTraits.Overlap(ban.BodyWords, ruling.Words));

    /// <summary>Each ruling naming a person paired with the bans of other articles naming that person, found in a table by person.</summary>
    public static List<(int Score, int A, int B)> Pairs(EventTraits[] traits) =>
        EventClustering.PairsByPerson(traits, t => t.Kind == "sanctions" ? t.Persons : null, t => t.Kind == "decision");
}
