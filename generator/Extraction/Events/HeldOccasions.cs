using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// Whatever a clause says was or will be held, or took or will take place, on a given day or at a given place is an
/// occasion, whatever its noun: "the Ulaanbaatar Dialogue on Northeast Asian Security, to be held on June 18 and 19",
/// "a memorial was held for the riders this weekend in Columbia", "Alien Stock was held in downtown Las Vegas". The noun
/// phrase before the verb names it. People held (in custody) and things held back are not occasions; nor is a noun the
/// event vocabulary already read.
/// </summary>
public static partial class HeldOccasions
{
    [GeneratedRegex(@"(?<lead>,\s+|\s+)(?:(?:which|that)\s+)?(?<verb>(?<future>(?:will|is to|are to|is due to|are due to|is scheduled to|are scheduled to|is set to|are set to)\s+(?:be held|take place)|to be held)|(?:was|were)\s+held|took place)(?!\s+(?:in|on|under)\s+(?:custody|detention|prison|jail|contempt|remand|bail|house arrest|captivity|isolation|quarantine)\b)(?=\s+(?:on|in|at|for|from|between|last|this|next|early|late|during|over|yesterday|today|tomorrow)\b)")]
    private static partial Regex Held();

    /// <summary>Where the noun phrase before the verb starts: the sentence's start, a clause-opening punctuation or word.</summary>
    [GeneratedRegex(@"[;:()“”""]|,\s|\s(?:which|who|that|when|after|before|while|but|because|although|though|until|since|where|if|as)\s|\s[-–—]\s")]
    private static partial Regex ClauseStart();

    /// <summary>Heads that name no occasion: a saying, a state of things, work going on, a person's custody.</summary>
    private static readonly HashSet<string> NotOccasions = new(StringComparer.OrdinalIgnoreCase)
    {
        "interview", "interviews", "development", "business", "response", "work", "discussion", "discussions", "conversation",
        "it", "this", "that", "they", "he", "she", "which", "what", "everything", "nothing", "something", "change", "changes",
        "growth", "decline", "shift", "transfer", "payment", "payments", "sale", "sales", "trading", "voting", "testing",
    };

    /// <summary>Words before "of" that make a preposition of it ("ahead of the Tallinn Forum"), not a noun's complement.</summary>
    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase) { "ahead", "because", "instead", "out", "front", "spite", "outside", "inside", "regardless", "part", "top", "eve", "aftermath", "wake", "run-up" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those" };

    /// <summary>What every match of <see cref="Held"/> holds: a sentence with none of them is not searched (most have none).</summary>
    private static readonly SearchValues<string> HeldWords = SearchValues.Create(["held", "take place", "took place"], StringComparison.Ordinal);

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<DateExpression> past, IReadOnlyList<DateExpression> future, IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        if (!text.AsSpan().ContainsAny(HeldWords)) return result;
        var countries = participants.Select(p => (p.Start, Country: p.Kind == ActorKind.Country, p.Name)).ToList();
        foreach (Match m in Held().Matches(text))
        {
            if (quotes.Any(q => m.Index >= q.Start && m.Index < q.End)) continue;
            var npEnd = m.Index;
            // ", to be held on ...": the phrase before the comma; otherwise the clause up to the verb.
            // "of Perm Krai, Russia took place": the comma before a place's country opens no clause.
            var start = ClauseStart().Matches(text[..npEnd]).LastOrDefault(c => c.Index + c.Length <= npEnd && !(c.Value == ", " && Appositions.CountryOfPlace(text, c.Index, countries))) is { } cs ? cs.Index + cs.Length : 0;
            var np = text[start..npEnd].Trim();
            var all = np.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "The following is the interview with ... that took place": the phrase starts after the clause's own verb.
            var aux = Array.FindLastIndex(all, w => w is "is" or "are" or "was" or "were" or "will" or "has" or "have" or "had" or "be");
            if (aux >= 0) all = all[(aux + 1)..];
            if (all.Length == 0) continue;
            // "leaders will attend the Ulaanbaatar Dialogue on ...": the phrase runs back to its determiner; without one it is a name.
            var det = Array.FindLastIndex(all, w => Determiners.Contains(w));
            // "the Cup for the prize of the Governor of Perm Krai": a determiner after "of" or "for" opens a complement of the
            // noun before it, not the phrase's head.
            while (det > 2 && all[det - 1] is "of" or "for" && !NotNouns.Contains(all[det - 2]) && Array.FindLastIndex(all, det - 2, w => Determiners.Contains(w)) is var earlier and >= 0) det = earlier;
            if (det < 0 && all.Any(w => char.IsLower(w[0]) && w is not ("of" or "on" or "for" or "and" or "de"))) continue;
            // "The Lord Mayor election in the Australian city is ...": a phrase after a preposition of place is where, not what.
            if (det > 0 && all[det - 1] is "in" or "at" or "from" or "to" or "with" or "near" or "across") continue;
            var words = det < 0 ? all : all[det..];
            if (det > 0) start = npEnd - string.Join(' ', words).Length;
            // "The second International Student Olympiad in Neurosurgery for the prize of ...": a long name is named by its head,
            // up to the first preposition.
            if (words.Length > 10 && Array.FindIndex(words, 2, w => w is "in" or "for" or "of" or "on" or "at" or "with") is var cut and > 2 && cut <= 10
                && words.Take(cut).Count(w => char.IsUpper(w[0])) >= 2 && text[start..npEnd].IndexOf(' ' + words[cut] + ' ', StringComparison.Ordinal) is var headEnd and > 0)
                (words, npEnd) = (words[..cut], start + headEnd);
            if (words.Length is 0 or > 10 || words.Any(w => NotOccasions.Contains(w.Trim(',', '.')))) continue;
            // "the strike took place in Iraq", "the event was held at ...": a definite common noun tells again of an occasion already told.
            if (words[0] is "the" or "The" or "its" or "Its" or "their" or "Their" or "this" or "This" or "that" or "these" or "those"
                && words.Skip(1).All(w => w.Length > 0 && char.IsLower(w[0]))) continue;
            var head = words[^1].Trim(',', '.');
            if (NotOccasions.Contains(head) || NotOccasions.Contains(words[0])) continue;
            // The phrase is a name ("Alien Stock", "the Ulaanbaatar Dialogue on ...") or a determiner and a noun ("a memorial").
            if (!(Determiners.Contains(words[0]) || char.IsUpper(words[0][0]))) continue;
            if (words.Any(w => w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && char.IsLower(w[0]) && !Determiners.Contains(w))) continue;
            // A person held in custody, a body holding something: the phrase must not be a person named.
            if (participants.Any(p => p.Kind == ActorKind.Person && p.Start >= start && p.Start < npEnd)) continue;
            // Anything the vocabulary found in the phrase is its event already.
            if (found.Any(c => c.Span.Start - sentence.Start >= start && c.Span.Start - sentence.Start < m.Index + m.Length + 40)) continue;
            var planned = m.Groups["future"].Success;
            var dates = planned ? future : past;
            var afterVerb = m.Index + m.Length;
            var clauseEnd = ClauseStart().Match(text, afterVerb) is { Success: true } next ? next.Index : text.Length;
            var date = dates.FirstOrDefault(d => d.Start >= afterVerb && d.Start < clauseEnd + 2 && d.Date is not null && d.Reference != DateReference.EventRelative);
            var (place, _) = EventPhrase.PlaceIn(text, afterVerb, clauseEnd, pos => dates.Any(d => pos >= d.Start && pos < d.End));
            if (date is null && place is null) continue;
            var titleWords = words.SkipWhile(w => Determiners.Contains(w)).ToList();
            if (titleWords.Count == 0) continue;
            var title = string.Join(' ', titleWords);
            title = char.ToUpperInvariant(title[0]) + title[1..] + EventTitles.At(place);
            var cue = new EventCue("event", start, npEnd - start, np, false);
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + start, npEnd - start);
            var who = participants.Where(p => p.Start >= start && p.Start < clauseEnd).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new EventCandidate(cue, title, 2, date?.Date, date?.Text, null, planned ? Tense.Future : Tense.Past, place, who,
                SentenceEventReader.ProperWords($"{title} {place}"), null, false, span));
        }
        return result;
    }
}
