using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A thing a clause says will be signed, published, launched or put to a vote on a day still to come is a planned
/// event, whatever its noun: "the inquiry's findings will be published on 4 May", "the treaty is to be ratified by the
/// Saeima on Thursday", "the new charter will be unveiled at a summit in Vilnius on 2 June", "the national trials will be
/// held in Accra in July". The noun phrase before the
/// verb names it ("Findings to be published"). It needs a day or a month of its own after the verb: "will be signed
/// soon" tells of no particular event. A noun the vocabulary already read in the phrase is its event already.
/// </summary>
public static partial class PlannedPassives
{
    [GeneratedRegex(@"\s(?:will|is to|are to|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to|is expected to|are expected to)\s+be\s+(?:formally\s+|officially\s+|jointly\s+|finally\s+)?(?<verb>signed|initialled|initialed|ratified|published|released|unveiled|launched|presented|submitted|tabled|debated|voted on|adopted|announced|inaugurated|opened|reopened|handed over|sworn in|put to a vote|held)\b")]
    private static partial Regex Planned();

    /// <summary>Where the noun phrase before the verb starts: the sentence's start, a clause-opening punctuation or word.</summary>
    [GeneratedRegex(@"[;:()“”""]|,\s|\s(?:which|who|that|when|after|before|while|but|because|although|though|until|since|where|if|as|and|said|says|understand|believe|expect|hope)\s|\s[-–—]\s")]
    private static partial Regex ClauseStart();

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her", "this", "these" };

    /// <summary>Words that make the phrase no thing of its own: pronouns, amounts, people and places dealt with.</summary>
    private static readonly HashSet<string> NotThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "this", "that", "these", "those", "which", "what", "he", "she", "we", "you", "i", "everything", "nothing",
        "something", "details", "more", "names", "name", "winner", "winners", "result", "results", "figures", "data", "people", "he's",
    };

    [GeneratedRegex(@"^\s+(?:accountable|responsible|liable|hostage|captive|prisoner|in (?:custody|detention|jail|prison|contempt|check|place|reserve|trust|escrow|abeyance)|without|back|up|over|down|at bay)\b")]
    private static partial Regex NotHeld();

    /// <summary>People and things kept somewhere, not occasions held: "the suspects will be held in Lagos".</summary>
    private static readonly HashSet<string> Kept = new(StringComparer.OrdinalIgnoreCase)
    {
        "hostages", "hostage", "prisoners", "prisoner", "suspects", "suspect", "detainees", "captives", "migrants", "refugees", "remains",
        "body", "bodies", "funds", "money", "shares", "stake", "rates", "rate", "prices", "price", "line", "seat", "seats", "title", "record",
    };

    [GeneratedRegex(@"\b(?:by|until|till|before|after|since|within|from)\s+(?:the\s+)?(?:(?:end|middle|beginning|start|close)\s+of\s+(?:the\s+)?)?(?:end|middle|beginning|start|close)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    private static readonly HashSet<string> Deadline = new(StringComparer.OrdinalIgnoreCase) { "by", "until", "till", "before", "after", "since", "within", "from" };

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<DateExpression> future, IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        if (text.TrimEnd().EndsWith('?')) return result;
        foreach (Match m in Planned().Matches(text))
        {
            if (quotes.Any(q => m.Index >= q.Start && m.Index < q.End)) continue;
            var npEnd = m.Index;
            var start = ClauseStart().Matches(text[..npEnd]).LastOrDefault(c => c.Index + c.Length <= npEnd) is { } cs ? cs.Index + cs.Length : 0;
            var words = text[start..npEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is 0 or > 8 || words.Any(w => NotThings.Contains(w.Trim(',', '.')))) continue;
            // The phrase is a determiner and a noun ("the protocol", "the commission's report") or a name ("the Accra Declaration", "Bill C-12").
            if (!(Determiners.Contains(words[0]) || char.IsUpper(words[0][0]))) continue;
            if (words.Length == 1 && Determiners.Contains(words[0])) continue;
            // A person sworn in or handed over is no thing published or signed.
            if (participants.Any(p => p.Kind == ActorKind.Person && p.Start >= start && p.Start < npEnd)) continue;
            var verbEnd = m.Index + m.Length;
            // "The national trials will be held in Accra in July" is an occasion; "will be held accountable", "in custody" is no event.
            if (m.Groups["verb"].Value == "held" && (NotHeld().IsMatch(text.AsSpan(verbEnd)) || words.Any(w => Kept.Contains(w.Trim(',', '.'))))) continue;
            // "the protocol will be signed ...": a bare "the protocol" pointing back is no event found; whatever else was found there is.
            if (found.Any(c => (!c.Anaphor || c.StandsAlone) && c.Span.Start - sentence.Start >= start && c.Span.Start - sentence.Start < verbEnd)) continue;
            var clauseEnd = ClauseStart().Match(text, verbEnd) is { Success: true } next ? next.Index : text.Length;
            // "will be debated by the end of March": a deadline is no day of the event.
            var date = future.FirstOrDefault(d => d.Start >= verbEnd && d.Start < clauseEnd && d.Date is { Precision: DatePrecision.Day or DatePrecision.Month }
                && d.Reference != DateReference.EventRelative && d.Text.Split(' ')[0] is var w0 && !Deadline.Contains(w0)
                && !DeadlineBefore().IsMatch(text.AsSpan()[verbEnd..d.Start]) && !DeadlineBefore().IsMatch(text.AsSpan()[verbEnd..(d.Start + Math.Max(0, d.Text.LastIndexOf(' ')))]));
            if (date is null) continue;
            var thing = string.Join(' ', words.SkipWhile(w => Determiners.Contains(w)));
            var title = char.ToUpperInvariant(thing[0]) + thing[1..] + " to be " + m.Groups["verb"].Value;
            var verb = m.Groups["verb"];
            var cue = new EventCue("event", verb.Index, verb.Length, verb.Value, true);
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + start, verbEnd - start);
            var who = participants.Where(p => p.Start >= start && p.Start < clauseEnd).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new EventCandidate(cue, title, 2, date.Date, date.Text, null, Tense.Future, null, who,
                SentenceEventReader.ProperWords(title), null, false, span));
        }
        return result;
    }
}
