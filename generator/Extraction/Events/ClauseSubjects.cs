using System.Text.RegularExpressions;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Subjects of a dated deed that are no named actor yet act: a body known by an acronym the article never spells out
/// ("The IRU charged him on 6 April"), a group or body with an adverb before its verb ("the ministry quietly dropped"),
/// and a subject after a phrase that opens the clause without a comma ("In the second case the tribunal heard ...").
/// A market's index, a price or a currency is no actor: an acronym whose verb tells of a rise or a fall ("The FTSE fell on
/// Monday") is not read as one.
/// </summary>
public static partial class ClauseSubjects
{
    /// <summary>A whole subject that is an acronym: an optional "the", two to six capitals and an auxiliary of the perfect.</summary>
    [GeneratedRegex(@"^(?:(?:the|The)\s+)?[A-Z][A-Z&]{1,5}(?:\s+(?:had|has|have))?\s*$")]
    private static partial Regex AcronymWhole();

    /// <summary>An adverb in -ly (or "also", "then", "later") right before the verb, with the perfect's auxiliary if any: "provisionally", "quietly had".</summary>
    [GeneratedRegex(@"\s+(?:[a-z]{3,}ly|also|then|later)(?:\s+(?:had|has|have))?\s*$")]
    private static partial Regex TrailingAdverb();

    /// <summary>Words in -ly that are nouns or names, not adverbs ("the assembly", "the family", "Italy").</summary>
    private static readonly HashSet<string> NotAdverbs = new(StringComparer.Ordinal)
    {
        "assembly", "family", "ally", "rally", "supply", "anomaly", "monopoly", "homily", "belly", "bully", "jelly", "lily", "folly", "tally",
    };

    /// <summary>Verbs of a rise or a fall: what a market, an index, a price or a rate does, not a body.</summary>
    private static readonly HashSet<string> Movements = new(StringComparer.Ordinal)
    {
        "rose", "fell", "climbed", "jumped", "slumped", "surged", "plunged", "tumbled", "gained", "lost", "slipped", "dipped", "soared",
        "edged", "closed", "ended", "finished", "opened", "traded", "rallied", "recovered", "declined", "grew", "shrank", "doubled",
        "halved", "peaked", "hit", "sank", "slid", "dropped", "crashed", "spiked", "weakened", "strengthened", "firmed", "eased",
    };

    /// <summary>Prepositions that open a phrase before a clause's subject: "In the second case", "At the hearing", "During the visit".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "during", "under", "for", "following", "after", "before",
    };

    /// <summary>Whether <paramref name="subject"/> is a body's acronym doing the deed <paramref name="verb"/> ("The IRU charged"), not an index moving.</summary>
    public static bool Acronym(string subject, string verb) => AcronymWhole().IsMatch(WithoutAdverb(subject).Trim()) && !Movements.Contains(verb);

    /// <summary><paramref name="subject"/> without an adverb that ends it ("the ministry quietly" is "the ministry"), or itself.</summary>
    public static string WithoutAdverb(string subject)
    {
        var m = TrailingAdverb().Match(subject);
        if (!m.Success || m.Index == 0) return subject;
        var adverb = m.Value.Trim().Split(' ')[0];
        return NotAdverbs.Contains(adverb) ? subject : subject[..m.Index];
    }

    /// <summary>
    /// Where the subject starts after a phrase that opens the clause with a preposition and no comma ("In the second case
    /// the tribunal heard": the offset of "the tribunal" in <paramref name="subject"/>), as <paramref name="acts"/> tells of
    /// the words from there on; -1 when there is no such phrase or no subject after it.
    /// </summary>
    public static int AfterOpeningPhrase(string subject, Func<int, string, bool> acts)
    {
        var trimmed = subject.TrimStart();
        var lead = subject.Length - trimmed.Length;
        var words = trimmed.Split(' ');
        if (words.Length < 4 || words.Length > 10 || !Openers.Contains(words[0])) return -1;
        // The phrase is the preposition and at least a noun (two words); the subject at most the last five words.
        var at = lead + words[0].Length + 1 + words[1].Length + 1;
        for (var k = 2; k < words.Length; k++)
        {
            if (words[k].Length > 0 && words.Length - k <= 5 && (words[k] is "the" or "The" || char.IsUpper(words[k][0])) && acts(at, string.Join(' ', words[k..])))
                return at;
            at += words[k].Length + 1;
        }
        return -1;
    }
}
