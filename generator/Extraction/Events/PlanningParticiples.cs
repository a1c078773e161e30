namespace BriefingSite.Extraction.Events;

/// <summary>Participles of planning that follow the noun they describe (see <see cref="EventPhrase.TenseAt"/>).</summary>
internal static class PlanningParticiples
{
    /// <summary>
    /// "The joint exercise of the brigades planned under the memorandum is due to take place in March": a participle of
    /// planning right after a noun (no auxiliary before it) says the noun is planned; it is no past verb of the clause, whose
    /// own verb comes later ("is due to", "took place").
    /// </summary>
    public static bool At(string text, int at, ReadOnlySpan<char> word) =>
        word is "planned" or "scheduled" or "proposed" or "expected"
        && EventPhrase.WordsBefore(text, at, 1) is [var before] && char.IsAsciiLetterLower(before[0]) && !Auxiliaries.Contains(before);

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "has", "have", "been", "be", "being", "is", "are", "and", "or", "but", "he", "she", "they", "we", "it", "who", "which", "that", "not", "also", "originally", "initially", "first",
    };
}
