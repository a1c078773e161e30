using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Extraction.Dates;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A deed told by a participle or a passive relative clause hanging on a noun, with its date: "the visa liberalisation
/// dialogue launched in Yerevan on 9 September 2024", "the rebate, secured by Margaret Thatcher in 1984", "the field,
/// discovered in 2015", "her husband, who was arrested in May". No event word and no clause of its own tells it, so
/// neither the vocabulary nor <see cref="DatedDeeds"/> finds it; the date no one else took, the participle of a deed
/// right before it and the noun the participle hangs on make one event, titled "Dialogue launched in Yerevan".
/// </summary>
public static partial class DatedParticiples
{
    /// <summary>Participles of deeds done on a day (not states: "born", "based", "built", "known").</summary>
    private const string Deeds = "signed|initialled|initialed|agreed|brokered|negotiated|concluded|ratified|adopted|approved|passed|enacted|launched|founded|established|set up|created|formed|dissolved|abolished|discovered|arrested|detained|jailed|imprisoned|sentenced|convicted|kidnapped|abducted|killed|assassinated|murdered|shot|stabbed|elected|appointed|sworn in|dismissed|ousted|overthrown|deposed|secured|won|imposed|lifted|suspended|introduced|unveiled|opened|inaugurated|invaded|annexed|occupied|liberated|captured|seized|attacked|bombed|expelled|deported|banned|closed|withdrawn|awarded|granted|fired|sacked";

    /// <summary>
    /// The participle and what follows it up to the date: after a noun (", " or a space) or after "which/who was", then at
    /// most a few words with no clause of their own ("by the two countries", "in Yerevan"), ending where the date starts.
    /// </summary>
    [GeneratedRegex(@"(?<lead>,\s+(?:(?:which|who|that)\s+(?:was|were|had been|has been|have been)\s+)?|\s(?:(?:which|who|that)\s+(?:was|were|had been|has been|have been)\s+)?)(?:(?:first|later|then|formally|jointly|originally|only)\s+)?(?<verb>" + Deeds + @")(?<mid>(?:\s+(?:by|in|at|on|during|under|between|with|from)\s+[^,;:()“”""]{1,50}?)?)\s+(?:(?:in|on|at)\s+)?$")]
    private static partial Regex ParticipleBefore();

    /// <summary>Words that end the noun phrase the participle hangs on, going back from it (kept out of the title).</summary>
    private static readonly HashSet<string> PhraseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "of", "to", "for", "by", "in", "on", "at", "with", "from", "after",
        "before", "and", "or", "but", "follows", "followed", "is", "was", "were", "are", "be", "been", "has", "have", "had",
        "will", "would", "said", "says", "keep", "keeps", "under", "over", "about", "than", "as", "into", "since", "during", "per",
        "when", "while", "once", "if", "where", "because", "although",
    };

    /// <summary>Words right before the participle that make it a finite verb or no deed of the noun: "he signed", "was signed", "to be".</summary>
    private static readonly HashSet<string> NotAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "was", "were", "is", "are", "be", "been", "being", "has",
        "have", "had", "to", "not", "never", "also", "and", "or", "but", "newly", "just", "then", "first", "later", "jointly", "formally",
    };

    /// <summary>Words that make a date a span's bound or a comparison, in the date or right before it ("since 2015", "until May").</summary>
    private static readonly HashSet<string> SpanWords = new(StringComparer.Ordinal)
    {
        "since", "until", "by", "from", "through", "till", "for", "before", "after", "between",
    };

    /// <summary>Possessives kept at the head of a title ("Her husband arrested"); the articles are dropped.</summary>
    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "their", "its", "our" };

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<DateExpression> past, IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        foreach (var date in past)
        {
            if (date.Date is null || date.Reference == DateReference.EventRelative || date.Start < 3) continue;
            if (found.Any(c => c.DateText == date.Text) || result.Any(c => c.DateText == date.Text)) continue;
            if (quotes.Any(q => date.Start >= q.Start && date.Start <= q.End)) continue;
            // "the 1990s" is a decade; "since 2015", "until May" a span, not when the deed was done.
            if (date.End < text.Length && text[date.End] == 's') continue;
            if (SpanWords.Contains(date.Text.Split(' ')[0]) || EventPhrase.WordsBefore(text, date.Start, 1) is [var word] && SpanWords.Contains(word)) continue;
            var window = Math.Max(0, date.Start - 90);
            if (ParticipleBefore().Match(text[window..date.Start]) is not { Success: true } m) continue;
            var verb = m.Groups["verb"];
            var verbStart = window + verb.Index;
            var lead = m.Groups["lead"].Value;
            var relative = lead.Contains("which") || lead.Contains("who") || lead.Contains("that");
            var apposed = lead.TrimStart().StartsWith(',');
            // "the dialogue launched in Yerevan": without a comma or a relative word the participle must hang on a noun, and what
            // follows it must be no object ("the company launched a product in May" is the company's own clause).
            var before = EventPhrase.WordsBefore(text, window + m.Index, 1);
            if (before is not [var last] || NotAfter.Contains(last.TrimEnd(',')) || last.EndsWith("ly", StringComparison.Ordinal)) continue;
            if (!relative && !apposed && last.EndsWith(',')) continue;
            var np = NounPhrase(text, window + m.Index);
            if (np is null) continue;
            // "The Joint Expeditionary Force agreed on 27 January": a noun opening its clause is the verb's subject (a clause of
            // its own, DatedDeeds' to read); only a noun a verb or a preposition governs carries a participle ("follows the dialogue
            // launched", "under the Act introduced"), and not after "had" ("had lanes closed").
            if (!relative && !apposed && !Governed(text, np.Value.Start)) continue;
            var mid = m.Groups["mid"].Value.Trim();
            // "an agreement signed by both" is the vocabulary's; a date another cue of the clause took is that cue's.
            if (found.Any(c => c.Span.Start - sentence.Start >= np.Value.Start && c.Span.Start - sentence.Start < date.Start)) continue;
            var title = Title(np.Value.Words, verb.Value, mid);
            var npStart = np.Value.Start;
            var who = participants.Where(p => p.Start >= npStart && p.Start < date.Start).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var agents = mid.StartsWith("by ", StringComparison.Ordinal)
                ? participants.Where(p => p.Start > verbStart && p.Start < date.Start).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray()
                : [];
            var cue = new EventCue("event", verbStart, verb.Length, verb.Value, true);
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + verbStart, verb.Length);
            result.Add(new EventCandidate(cue, title, 2, date.Date, date.Text, null, Tense.Past, null, who,
                SentenceEventReader.ProperWords(title), null, false, span)
            {
                Agents = agents,
            });
        }
        return result;
    }

    /// <summary>The noun phrase ending at <paramref name="end"/> (before the participle's lead): its words back to a determiner or a stop word, at most six.</summary>
    private static (int Start, List<string> Words)? NounPhrase(string text, int end)
    {
        var words = new List<string>();
        var at = end;
        while (words.Count < 6)
        {
            var head = text[..at].TrimEnd();
            if (head.Length == 0) break;
            var space = head.LastIndexOf(' ');
            var word = head[(space + 1)..];
            if (word.Length == 0 || word.EndsWith(',') && words.Count > 0 || word.EndsWith(';') || word.EndsWith(':') || word.EndsWith('.') && word.Length > 3 && words.Count > 0) break;
            var bare = word.Trim(',', '(', ')', '“', '”', '"');
            if (PhraseStops.Contains(bare)) break;
            if (Possessives.Contains(bare)) { words.Insert(0, bare); at = space + 1; break; }
            if (bare.Length == 0 || !bare.Any(char.IsLetter)) break;
            words.Insert(0, bare);
            at = space + 1;
            if (space < 0) { at = 0; break; }
        }
        // The noun: a lower-case head or a name, not a pronoun or a lone possessive.
        if (words.Count == 0 || words.Count == 1 && Possessives.Contains(words[0])) return null;
        var noun = words[^1];
        if (NotAfter.Contains(noun) || noun.EndsWith("ly", StringComparison.Ordinal) || noun.EndsWith("ing", StringComparison.Ordinal) && !char.IsUpper(noun[0])) return null;
        return (at, words);
    }

    /// <summary>Whether the noun phrase starting at <paramref name="start"/> follows a lower-case verb or preposition of the same clause.</summary>
    private static bool Governed(string text, int start)
    {
        var before = text[..start].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (before.Count > 0 && before[^1] is "the" or "a" or "an" or "this" or "these" or "those") before.RemoveAt(before.Count - 1);
        if (before.Count == 0) return false;
        var word = before[^1];
        // "a transit protocol that Beijing signed with Mongolia in February": a relative clause's deed on the noun before it.
        if (word is "that" or "which" && before.Count > 1 && before[^2] is var noun && char.IsLetter(noun[^1]) && !PhraseStops.Contains(noun)) return true;
        return word.Length > 1 && char.IsLower(word[0]) && char.IsLetter(word[^1])
            && word is not ("and" or "or" or "but" or "when" or "while" or "that" or "which" or "who" or "had" or "has" or "have" or "got" or "get" or "as" or "if");
    }

    private static string Title(List<string> words, string verb, string mid)
    {
        var midWords = mid.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToList();
        while (midWords.Count > 0 && midWords[^1] is "in" or "on" or "at" or "the" or "of" or "by" or "a") midWords.RemoveAt(midWords.Count - 1);
        var title = string.Join(' ', words.Append(verb).Concat(midWords));
        return char.ToUpperInvariant(title[0]) + title[1..];
    }
}
