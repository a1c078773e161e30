using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// An act told in the passive, without a date, when a named actor is its patient or its agent: "Korvel Oil was
/// auctioned to pay its debts", "a holding company, which was later bought by Baltic Energy", "the ferry line was taken
/// over by Nordline". As <see cref="UndatedDeeds"/> does for the active voice, only verbs of acts (selling, buying,
/// seizing, expelling, suspending, banning ...), outside quotes, in a sentence where no other event was found. A patient
/// named by a pronoun and an agent that is no actor tell too little ("It was bought by a little-known group").
/// </summary>
public static partial class UndatedPassives
{
    [GeneratedRegex(@"\b(?<aux>was|were|has been|have been|had been)(?<adv>(?: (?:[a-z]+ly|also|then|later|first|in turn|soon|swiftly))*) (?<verb>auctioned(?: off)?|sold(?: off)?|bought(?: up| out)?|acquired|taken over|nationali[sz]ed|privati[sz]ed|seized|confiscated|expelled|deported|extradited|pardoned|indicted|sued|sacked|suspended|banned|dissolved|annulled|revoked|overturned|vetoed|raided|shut down)\b")]
    private static partial Regex Passive();

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "its", "their", "his", "her" };

    /// <summary>The noun phrase before ", which" or "who": back to its determiner, at most six words, or null.</summary>
    private static string? AntecedentOf(string head)
    {
        var words = head.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count < 2) return null;
        words.RemoveAt(words.Count - 1);
        words[^1] = words[^1].TrimEnd(',');
        var taken = new List<string>();
        for (var k = words.Count - 1; k >= 0 && taken.Count < 6; k--)
        {
            var w = words[k];
            if (w.EndsWith(',') || w.EndsWith('.') || w.EndsWith(';')) break;
            taken.Insert(0, w);
            if (Determiners.Contains(w)) return taken.Count > 1 ? string.Join(' ', taken) : null;
            if (char.IsLower(w[0]) && k > 0 && words[k - 1] is "by" or "of" or "to" or "for" or "from" or "with" or "in" or "on" or "at") return Pronouns.Contains(w) ? null : string.Join(' ', taken);
        }
        return taken.Count is > 0 and <= 4 && taken.All(t => char.IsUpper(t[0])) ? string.Join(' ', taken) : null;
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "they", "he", "she", "this", "that", "these", "those", "we", "i", "you" };

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        if (text.TrimEnd().EndsWith('?') || text.StartsWith("If ", StringComparison.Ordinal)) return result;
        foreach (Match m in Passive().Matches(text))
        {
            if (quotes.Any(q => m.Index >= q.Start && m.Index <= q.End)) continue;
            var from = UndatedDeeds.ClauseStart().Matches(text[..m.Index]).LastOrDefault() is { } c ? c.Index + c.Length : 0;
            var subject = text[from..m.Index].Trim();
            // "Tomas Ozols, the party's treasurer, was sacked": the name before the apposition is the patient.
            if (subject.Length == 0 && Appositions.OpeningBefore(text, from) is var opening and >= 0)
            {
                from = UndatedDeeds.ClauseStart().Matches(text[..opening]).LastOrDefault() is { } o ? o.Index + o.Length : 0;
                subject = text[from..opening].Trim();
            }
            var relative = subject is "which" or "who" || from > 0 && text[..from].TrimEnd() is var head && (head.EndsWith(" which", StringComparison.Ordinal) || head.EndsWith(" who", StringComparison.Ordinal));
            var verb = m.Groups["verb"];
            var end = UndatedDeeds.ClauseStart().Match(text, verb.Index + verb.Length) is { Success: true } next ? next.Index : text.Length;
            // "... by state-controlled oil company Rosneft": the agent, an actor named right after "by".
            var by = text.IndexOf(" by ", verb.Index, StringComparison.Ordinal);
            var agent = by >= 0 && by < end
                ? participants.FirstOrDefault(p => p.Start > by && p.Start - by <= 50 && text.IndexOfAny([',', ';', '.', '(', '“', '"'], by, p.Start - by) < 0)
                : null;
            string title;
            if (relative)
            {
                // "a previously unknown group, which was in turn bought up by Rosneft": the relative clause's patient is the noun it hangs on.
                var which = text.LastIndexOf(" which", m.Index, StringComparison.Ordinal);
                var who_ = text.LastIndexOf(" who", m.Index, StringComparison.Ordinal);
                var relEnd = which >= who_ ? which + 6 : who_ + 4;
                if (agent is null || relEnd <= 6 || AntecedentOf(text[..relEnd]) is not { } thing) continue;
                var doer = agent.Kind == ActorKind.Person ? EventTitles.ShortName(agent) : agent.Name;
                title = $"{doer} {verb.Value} {thing}";
            }
            else
            {
                // "But Yugansk was sold ...": a conjunction opening the sentence is no part of the patient.
                if (subject.Split(' ', 2) is ["But" or "And" or "So" or "Yet", var rest_]) { from += subject.Length - rest_.Length; subject = rest_; }
                var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 0 && words[0] is "Your" or "My" or "Our") continue;
                if (words.Length is 0 or > 8 || words.Any(Pronouns.Contains) || !char.IsUpper(words[0][0]) && words[0] is not ("the" or "a" or "an" or "its" or "their")) continue;
                // The patient is a named actor ("Korvel Oil was auctioned"), or a named actor did it ("the line was taken over by Nordline").
                var named = participants.Any(p => p.Start >= from && p.Start < from + subject.Length);
                if (!named && agent is null) continue;
                var rest = text[(verb.Index + verb.Length)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var clause = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(m.Groups["aux"].Value.Split(' ')).Append(verb.Value).ToList();
                var kept = ClauseTitles.Shorten(clause.Concat(rest).ToList(), 12, clause.Count);
                title = string.Join(' ', kept).TrimEnd('.', ',');
                title = char.ToUpperInvariant(title[0]) + title[1..];
            }
            var cue = new EventCue("event", verb.Index, verb.Length, verb.Value, true);
            var span = new EventSpan(paragraph, sentence.Index, sentence.Start + verb.Index, verb.Length);
            var who = participants.Where(p => p.Start >= from && p.Start < end).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new EventCandidate(cue, title, 2, null, null, null, Tense.Past, null, who, SentenceEventReader.ProperWords(title), null, false, span)
            {
                Agents = agent is null ? [] : [agent.Key],
            });
        }
        return result;
    }
}
