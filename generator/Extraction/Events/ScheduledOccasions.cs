using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Whatever a clause says is scheduled, set or slated for a day or a month to come is a planned occasion, whatever its
/// noun: "the final debate is still scheduled for October 22 at Harlow Hall", "the national poll, which is scheduled
/// for next month", "the first joint patrol along the new line is slated for October". The noun phrase before the verb
/// names it. It needs the day or the month right after "for" ("set for a showdown" tells of none); a person, a pronoun
/// or a noun the vocabulary already read in the phrase is no new occasion.
/// </summary>
public static partial class ScheduledOccasions
{
    [GeneratedRegex(@"(?<lead>,\s+which\s+|\s+)(?:is|are|remains|remain)\s+(?:still\s+|now\s+|currently\s+|provisionally\s+|tentatively\s+|also\s+)?(?:scheduled|slated|set)\s+(?=for\s)")]
    private static partial Regex Scheduled();

    /// <summary>
    /// Where the noun phrase before the verb starts: the sentence's start, a clause-opening punctuation or word, or a
    /// sentence end the splitter kept inside because a note mark follows it ("stand-off.[24] The first patrol").
    /// </summary>
    [GeneratedRegex(@"\.(?:\[\d+\])+\s|[;:()“”""]|,\s|\s(?:which|who|that|when|after|before|while|but|because|although|though|until|since|where|if|as|and|said|says|say)\s|\s[-–—]\s")]
    private static partial Regex ClauseStart();

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her", "this", "these", "next" };

    /// <summary>Words that make the phrase no occasion of its own: pronouns, amounts, things that are not done.</summary>
    private static readonly HashSet<string> NotOccasions = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "this", "that", "these", "those", "which", "what", "he", "she", "we", "you", "i", "everything", "nothing",
        "something", "price", "prices", "rate", "rates", "target", "targets", "deadline", "budget", "date", "stage", "scene", "tone",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "be", "been", "not", "can", "could", "may", "might", "must", "should",
    };

    /// <summary>Where the phrase's head ends: a preposition that opens what the occasion is about or where it is.</summary>
    private static readonly HashSet<string> HeadEnds = new(StringComparer.Ordinal)
    {
        "along", "across", "on", "in", "at", "with", "between", "against", "to", "from", "into", "near", "over", "under", "for", "by",
    };

    private static readonly SearchValues<string> Words = SearchValues.Create(["scheduled", "slated", "set "], StringComparison.Ordinal);

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<DateExpression> future, IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        if (!text.AsSpan().ContainsAny(Words) || text.TrimEnd().EndsWith('?')) return result;
        var countries = participants.Select(p => (p.Start, Country: p.Kind == ActorKind.Country, p.Name)).ToList();
        foreach (Match m in Scheduled().Matches(text))
        {
            if (quotes.Any(q => m.Index >= q.Start && m.Index < q.End)) continue;
            var npEnd = m.Index;
            // "of Perm Krai, Russia took place": the comma before a place's country opens no clause.
            var start = ClauseStart().Matches(text[..npEnd]).LastOrDefault(c => c.Index + c.Length <= npEnd && !(c.Value == ", " && Appositions.CountryOfPlace(text, c.Index, countries))) is { } cs ? cs.Index + cs.Length : 0;
            var all = text[start..npEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "Kowal will not stand in the national poll, which is ...": the phrase is the clause's last object, from its first
            // determiner after the clause's own verb; without one it is a name.
            var aux = Array.FindLastIndex(all, w => Auxiliaries.Contains(w));
            var det = Array.FindIndex(all, aux + 1, w => Determiners.Contains(w));
            if (det < 0 && all.Any(w => char.IsLower(w[0]) && w is not ("of" or "on" or "for" or "and"))) continue;
            var words = det < 0 ? all : all[det..];
            if (det > 0) start = npEnd - string.Join(' ', words).Length;
            if (words.Length is 0 or > 10 || words.Any(w => NotOccasions.Contains(w.Trim(',', '.')))) continue;
            // The phrase is a determiner and a noun ("the final debate") or a name ("the Velland Dialogue").
            if (!(Determiners.Contains(words[0]) || char.IsUpper(words[0][0]))) continue;
            if (words.Length == 1 && Determiners.Contains(words[0])) continue;
            var head = words.TakeWhile(w => !HeadEnds.Contains(w)).ToArray();
            if (head.Length == 0 || NotOccasions.Contains(head[^1].Trim(',', '.'))) continue;
            // A person scheduled to appear, a body set for a vote: the phrase must not be a person named.
            if (participants.Any(p => p.Kind == ActorKind.Person && p.Start >= start && p.Start < npEnd)) continue;
            var verbEnd = m.Index + m.Length;
            // Anything the vocabulary found in the phrase is its event already.
            if (found.Any(c => c.Span.Start - sentence.Start >= start && c.Span.Start - sentence.Start < verbEnd + 4)) continue;
            // The day or the month right after "for": "scheduled for October 22", "set for next month".
            var date = future.FirstOrDefault(d => d.Start >= verbEnd && d.Start <= verbEnd + 8 && d.Date is { Precision: DatePrecision.Day or DatePrecision.Month }
                && d.Reference != DateReference.EventRelative);
            if (date is null) continue;
            var clauseEnd = ClauseStart().Match(text, date.End) is { Success: true } next ? next.Index : text.Length;
            var (place, _) = EventPhrase.PlaceIn(text, date.End, clauseEnd, pos => pos >= date.Start && pos < date.End);
            var thing = string.Join(' ', head.SkipWhile(w => Determiners.Contains(w))).TrimEnd(',');
            if (thing.Length == 0) continue;
            var title = EventTitles.Capital(thing) + EventTitles.At(place);
            var cue = new EventCue("event", start, npEnd - start, text[start..npEnd], false);
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + start, npEnd - start);
            var who = participants.Where(p => p.Start >= start && p.Start < clauseEnd).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new EventCandidate(cue, title, 2, date.Date, date.Text, null, Tense.Future, place, who,
                SentenceEventReader.ProperWords($"{title} {place}"), null, false, span));
        }
        return result;
    }
}
