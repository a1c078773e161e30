using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A named actor doing a deed that is news in itself, without a date: "Pompeo sent a letter requesting the new rules",
/// "Presidents Buhari of Nigeria and Talon of Benin signed the agreement", "Russia expelled two diplomats". Only verbs
/// of acts (signing, sending, expelling, suspending, seizing, releasing, pardoning, postponing ...), in the past, with
/// the actor opening the clause, outside quotes, in a sentence where no other event was found.
/// </summary>
public static partial class UndatedDeeds
{
    [GeneratedRegex(@"\b(?:signed|sent|expelled|filed(?= (?:for|a|an|suit)\b)|dismissed(?= (?:a|an|the) (?:[\w-]+ ){0,2}(?:attempt|case|appeal|lawsuit|suit|claim|charges?|complaint|petition|bid|request|motion)\b)|auctioned|acquired|withdrew|suspended|halted|seized|freed|released(?! (?:a|an|its|his|her|their) statement)|raided|evacuated|dispatched|quit|fired|sacked|pardoned|indicted|sued|cancell?ed|postponed|launched|ratified|vetoed|closed|reopened|deported|extradited|summoned|annulled|revoked|overturned|dissolved)\b(?! (?:with|to|by|that|on|in|as)\b)")]
    private static partial Regex ActVerb();

    /// <summary>The built-in acts, searched only from where one of their verbs begins a word (see <see cref="PatternStarts"/>): the same matches, two to three times sooner.</summary>
    private static readonly PatternStarts ActVerbStarts = new(ActVerb());

    /// <summary>The acts of Data/events.yml (<c>acts:</c>), with the same guard after them as the built-in ones.</summary>
    private static readonly Regex DataActs = new(
        EventVocabulary.Shipped.Acts.Count == 0 ? "(?!)" : @"(?<![\w’'-])(?:" + string.Join('|', EventVocabulary.Shipped.Acts.Select(Regex.Escape)) + @")(?![\w’'-])(?! (?:with|to|by|that|on|in|as)\b)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The same acts as plain words: a sentence holding none of them is not searched with <see cref="DataActs"/>, whose
    /// opening lookbehind leaves the regex nothing to skip ahead by, so it tries every position (about a twelfth of all
    /// event extraction).
    /// </summary>
    private static readonly SearchValues<string>? ActWords =
        EventVocabulary.Shipped.Acts.Count == 0 ? null : SearchValues.Create(EventVocabulary.Shipped.Acts.ToArray(), StringComparison.Ordinal);

    /// <summary>Where a clause starts: punctuation, or a word that opens another clause.</summary>
    [GeneratedRegex(@"[;:()“”""]|,\s|\s(?:which|who|whom|that|when|after|before|while|but|because|although|though|and|until|since|where|if|unless)\s|\s[-–—]\s")]
    internal static partial Regex ClauseStart();

    private static readonly HashSet<string> NotSubject = new(StringComparer.Ordinal)
    {
        "If", "Unless", "Although", "Though", "Whether", "According", "This", "It", "There", "Once", "While", "When", "After", "Before",
    };

    /// <summary>Adverbs that may stand between a subject and its verb: "He also signed", "The ministry later revoked".</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "then", "later", "subsequently", "already", "again", "since", "formally", "officially", "recently", "immediately", "eventually", "finally", "swiftly", "quickly",
    };

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        // "How has CentOS evolved after Red Hat acquired it?": a question tells no deed.
        if (text.TrimEnd().EndsWith('?')) return result;
        var openQuote = SentenceText.OpenStraightQuote(text);
        IEnumerable<Match> data = ActWords is not null && text.AsSpan().ContainsAny(ActWords) ? DataActs.Matches(text) : [];
        foreach (var v in ActVerbStarts.Matches(text).Concat(data).OrderBy(m => m.Index))
        {
            if (quotes.Any(q => v.Index >= q.Start && v.Index <= q.End) || openQuote >= 0 && v.Index > openQuote) continue;
            if (EventPhrase.WordsBefore(text, v.Index, 1) is [var b] && b is "was" or "were" or "been" or "be" or "is" or "are" or "the" or "a" or "an" or "to" or "not" or "will" or "would") continue;
            var from = ClauseStart().Matches(text[..v.Index]).LastOrDefault() is { } m ? m.Index + m.Length : 0;
            var subject = text[from..v.Index].Trim();
            var subjectEnd = v.Index;
            // "Youssef Chahed, the Prime Minister of Tunisia, signed a decree": the name before the apposition is the subject.
            if (subject.Length == 0 && Appositions.OpeningBefore(text, from) is var opening and >= 0 && Appositions.At(text, opening) is { } apposed
                && !ActVerb().IsMatch(apposed) && EventPhrase.WordsBefore(text, opening, 1) is [var named] && char.IsUpper(named[0]))
            {
                from = ClauseStart().Matches(text[..opening]).LastOrDefault() is { } o ? o.Index + o.Length : 0;
                subject = text[from..opening].Trim();
                subjectEnd = opening;
            }
            // "A judge has dismissed an attempt ...": the perfect tells a deed done as the simple past does.
            if (subject.Split(' ') is [.., "has" or "have" or "had"] perfect) subject = string.Join(' ', perfect[..^1]);
            // "He also signed a communiqué", "The council has since revoked": an adverb between subject and verb is no part of the subject.
            while (subject.Split(' ') is [_, .., var last] words && (Adverbs.Contains(last) || last is "has" or "have" or "had")) subject = string.Join(' ', words[..^1]);
            if (subject.Length == 0 || subject.Length > 80 || subject.Split(' ').Length > 10) continue;
            var first = subject.Split(' ')[0];
            if (!char.IsUpper(first[0]) || NotSubject.Contains(first) || first.EndsWith("ly", StringComparison.Ordinal)) continue;
            // The subject is named actors and their titles only: "US Secretary of State Mike Pompeo", "Presidents Buhari of Nigeria and Talon of Benin".
            var doers = participants.Where(p => p.Start >= from && p.Start < subjectEnd).ToList();
            // "A judge has dismissed", "the regulator fined": a body or an office named by a common noun acts too.
            var group = doers.Count == 0 && GroupSubjects.Is(subject);
            if (!group && (doers.Count == 0 || subject.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0]) && w is not ("of" or "and" or "the" or "for")))) continue;
            var end = ClauseStart().Match(text, v.Index + v.Length) is { Success: true } next ? next.Index : text.Length;
            var objectWords = ClauseTitles.Shorten(text[(v.Index + v.Length)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries), 8, from: 1);
            if (objectWords.Count == 0) continue;
            // "US Secretary of State Mike Pompeo sent": the person acting names it, not the country of their title.
            var doer = doers.FirstOrDefault(p => p.Kind == ActorKind.Person) ?? doers.FirstOrDefault();
            var owner = doer is null ? char.ToUpperInvariant(subject[0]) + subject[1..] : doer.Kind == ActorKind.Person ? EventTitles.ShortName(doer) : doer.Name;
            var title = $"{owner} {v.Value} {string.Join(' ', objectWords).TrimEnd('.', ',')}";
            var cue = new EventCue("event", v.Index, v.Length, v.Value, true);
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + v.Index, v.Length);
            var who = participants.Where(p => p.Start >= from && p.Start < end).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new EventCandidate(cue, title, 2, null, null, null, Tense.Past, null, who, SentenceEventReader.ProperWords(title), null, false, span)
            {
                Agents = doers.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            });
            break;
        }
        return result;
    }
}
