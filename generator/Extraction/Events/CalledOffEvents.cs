using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// An occasion its sentence says was cancelled, called off or postponed never took place (as the text speaks): "In 2019 a
/// debate between the two leaders was also cancelled", "the second debate, which was slated for May 20, has been
/// cancelled". It stays planned, whatever tense the clause is in, so a reader never sees it as happened. The participles
/// are <c>called off:</c> of generator/Data/events.yml. Only the event the verb's subject names: not an announcement whose
/// object clause says so ("announced on Friday the debate ... has been cancelled"), nor an occasion that took place after
/// all ("the summit, which had been postponed twice, was held on Monday").
/// </summary>
public static class CalledOffEvents
{
    private static readonly Regex CalledOff = new(
        @"\b(?:was|were|has been|have been|had been|is|are|been)(?:\s+(?:also|now|later|then|since|subsequently|eventually|abruptly|finally|officially|formally|again))*\s+(?:"
        + string.Join('|', EventVocabulary.Shipped.CalledOff.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+"))) + @")\b",
        RegexOptions.CultureInvariant);

    /// <summary>A relative clause set off by commas inside the subject: ", which was slated for May 20,".</summary>
    private static readonly Regex Relative = new(@",\s+(?:which|that|who)\s[^,;:.]{1,120},", RegexOptions.CultureInvariant);

    /// <summary>What took place after all, later in the clause.</summary>
    private static readonly Regex HappenedAfterAll = new(@"\b(?:took place|was held|were held|went ahead|go ahead|began|opened|resumed|finally held)\b", RegexOptions.CultureInvariant);

    /// <summary>Words of the gap between the event and the verb that tell of another clause or another verb.</summary>
    private static readonly HashSet<string> OtherClause = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "after", "before", "when", "because", "while", "but", "although", "though", "that", "since", "if",
        "was", "were", "is", "are", "has", "have", "had", "will", "would", "took", "began", "held", "announced", "told",
    };

    /// <summary>Marks planned every candidate of the sentence that the sentence says was called off.</summary>
    public static void Mark(string text, DocSentence sentence, List<EventCandidate> candidates)
    {
        if (candidates.Count == 0 || EventVocabulary.Shipped.CalledOff.Count == 0) return;
        var matches = CalledOff.Matches(text);
        if (matches.Count == 0) return;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            if (c.Tense == Tense.Future) continue;
            var at = c.Span.Start - sentence.Start;
            var end = at + c.Span.Length;
            if (at < 0 || end > text.Length) continue;
            foreach (Match m in matches)
            {
                // The verb told as the event itself ("a debate ... was also cancelled" titled by its clause), or the verb of the
                // event's own subject, with nothing between them but its phrase ("between X and Y") and a relative clause.
                var own = m.Index <= end && m.Index + m.Length >= at;
                if (!own && (c.Cue.IsVerb || m.Index < end || m.Index - end > 160 || !SubjectGap(text[end..m.Index]))) continue;
                var clauseEnd = text.IndexOfAny(['.', ';'], m.Index + m.Length) is var e and >= 0 ? e : text.Length;
                if (HappenedAfterAll.IsMatch(text.AsSpan(m.Index + m.Length, clauseEnd - m.Index - m.Length).ToString())) continue;
                candidates[k] = c with { Tense = Tense.Future, CalledOff = true };
                break;
            }
        }
    }

    private static bool SubjectGap(string gap)
    {
        gap = Relative.Replace(gap, " ");
        if (gap.IndexOfAny(['.', ';', ':', '“', '"', '(']) >= 0) return false;
        return !gap.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => OtherClause.Contains(w)
            || w.Length > 4 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal));
    }
}
