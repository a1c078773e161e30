using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction.Events;

/// <summary>
/// A measure made public without a date is an event, titled as a headline would: "A new ferry service linking Split with
/// Ancona was also announced" (the sentence's subject, told in the passive: "New ferry service linking Split with Ancona
/// announced"), "Plans to close 40 tax offices have been unveiled by the Treasury", and "The World Bank also confirmed a
/// new $40m loan package" (a named actor or a body making public a measure of the nouns of Data/events.yml
/// <c>measures:</c>: "World Bank’s new $40m loan package"). A passive's subject is new (an indefinite article, a bare
/// plural, "new"), not a thing spoken of before ("the deal was announced"), nor a paper, a figure, a date, a death;
/// the clause is the sentence's main one ("before new rules were announced" only tells when). Outside quotes, only where
/// no other event was read on the same words.
/// </summary>
public static partial class AnnouncedMeasures
{
    [GeneratedRegex(@"\s(?:was|were|has been|have been)(?: (?:also|now|formally|officially|today|finally|then|later|already))? (?<verb>announced|unveiled)\b(?! (?:to|that|as(?! well as)|for|in|on|at|last|this|yesterday)\b)")]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:has |have |had )?(?:also |now |already |formally |officially |today |finally )?(?<verb>announced|unveiled|confirmed|offered)(?= (?:a|an|new|fresh|further|additional|extra|its|their|\$?\d[\w.,$£€]*)\b)")]
    private static partial Regex Active();

    /// <summary>Subjects of "was announced" that are no measure: papers, figures, dates, names, results, deaths and departures (their own events).</summary>
    private static readonly HashSet<string> NotMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "this", "that", "these", "those", "they", "he", "she", "which", "what", "figures", "figure", "results", "result", "date", "dates",
        "name", "names", "winner", "winners", "details", "cause", "death", "deaths", "retirement", "departure", "resignation", "list",
        "statement", "report", "study", "survey", "data", "findings", "question", "questions", "line-up", "lineup", "shortlist", "nominees",
    };

    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "But", "And", "Meanwhile,", "Also," };

    private static readonly HashSet<string> Measures = new(EventVocabulary.Shipped.Measures, StringComparer.OrdinalIgnoreCase);

    /// <summary>The verbs of <see cref="Passive"/> and <see cref="Active"/>, one of which each match holds: a sentence without any is not searched.</summary>
    private static readonly SearchValues<string> Verbs = SearchValues.Create(["announced", "unveiled", "confirmed", "offered"], StringComparison.Ordinal);

    public static List<EventCandidate> Find(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes)
    {
        var result = new List<EventCandidate>();
        if (!text.AsSpan().ContainsAny(Verbs) || text.TrimEnd().EndsWith('?') || SentenceText.OpenStraightQuote(text) >= 0) return result;
        foreach (Match m in Passive().Matches(text))
            if (FromPassive(text, paragraph, sentence, participants, found, quotes, m) is { } c) result.Add(c);
        if (Measures.Count > 0)
            foreach (Match m in Active().Matches(text))
                if (FromActive(text, paragraph, sentence, participants, found, quotes, m) is { } c) result.Add(c);
        return result;
    }

    private static bool Taken(IReadOnlyList<EventCandidate> found, DocSentence sentence, int from, int to) =>
        found.Any(c => c.Span.Start - sentence.Start >= from && c.Span.Start - sentence.Start < to);

    private static EventCandidate? FromPassive(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes, Match m)
    {
        if (quotes.Any(q => m.Index >= q.Start && m.Index <= q.End)) return null;
        // The subject opens the sentence: a passive inside another clause ("before new rules were announced") tells when, not what.
        var words = text[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && Openers.Contains(words[0])) words.RemoveAt(0);
        if (words.Count is < 2 or > 16 || words.Any(w => w.EndsWith(',') || w.EndsWith(';') || w.EndsWith(':') || w.Contains('"') || w.Contains('“'))) return null;
        var first = words[0];
        if (!char.IsUpper(first[0])) return null;
        // New things only: "A second bus service", "Plans to ...", "New targets"; not "The deal", "His death", a name.
        var indefinite = first is "A" or "An" or "New" or "Fresh" or "Further" or "Tougher" or "Two" or "Three" or "Several"
            || first.Length > 3 && first.EndsWith('s') && !first.EndsWith("ss", StringComparison.Ordinal) && words.Count > 1 && char.IsLower(words[1][0])
                && !participants.Any(p => p.Start == text.IndexOf(first, StringComparison.Ordinal));
        if (!indefinite) return null;
        if (words.Any(w => NotMeasures.Contains(w.Trim(',', '.')))) return null;
        var verb = m.Groups["verb"];
        if (Taken(found, sentence, 0, verb.Index + verb.Length)) return null;
        // Up to the clause's end: the agent ("by the Treasury") and the places named in the subject are its participants.
        var end = UndatedDeeds.ClauseStart().Match(text, verb.Index + verb.Length) is { Success: true } next ? next.Index : text.Length;
        var phrase = words.SkipWhile(w => w is "A" or "An").ToList();
        var title = $"{EventTitles.Capital(string.Join(' ', Head(phrase)))} {verb.Value}";
        var by = text.IndexOf(" by ", verb.Index, StringComparison.Ordinal);
        var agent = by >= 0 && by < end ? participants.FirstOrDefault(p => p.Start > by && p.Start - by <= 50) : null;
        var who = participants.Where(p => p.Start < end).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var cue = new EventCue("event", verb.Index, verb.Length, verb.Value, true);
        var span = new EventSpan(paragraph, sentence.Index, sentence.Start + verb.Index, verb.Length);
        return new EventCandidate(cue, title, 2, null, null, null, Tense.Past, null, who, SentenceEventReader.ProperWords(title), null, false, span)
        {
            Agents = agent is null ? [] : [agent.Key],
        };
    }

    private static EventCandidate? FromActive(string text, int paragraph, DocSentence sentence, IReadOnlyList<SentenceEventReader.Participant> participants,
        IReadOnlyList<EventCandidate> found, List<(int Start, int End)> quotes, Match m)
    {
        if (quotes.Any(q => m.Index >= q.Start && m.Index <= q.End)) return null;
        var verb = m.Groups["verb"];
        var end = UndatedDeeds.ClauseStart().Match(text, verb.Index + verb.Length) is { Success: true } next ? next.Index : text.Length;
        var objectWords = text[(verb.Index + verb.Length)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToList();
        // The measure is the object's head: "a new $40m loan package", "fresh sanctions rules for banks" (its head before "for").
        var head = objectWords.Take(PhraseAt(objectWords, 1)).ToList();
        if (head.Count is < 2 or > 7 || !Measures.Contains(head[^1]) && !(head.Count > 2 && Measures.Contains($"{head[^2]} {head[^1]}"))) return null;
        // Whoever makes it public is a named actor or a body opening the clause: "The World Bank also confirmed", "the cabinet has unveiled".
        var from = UndatedDeeds.ClauseStart().Matches(text[..m.Index]).LastOrDefault() is { } c ? c.Index + c.Length : 0;
        var doers = participants.Where(p => p.Start >= from && p.Start < m.Index).ToList();
        if (doers.Count == 0 && !GroupSubjects.Before(text, m.Index)) return null;
        if (Taken(found, sentence, from, end)) return null;
        var doer = doers.FirstOrDefault(p => p.Kind == ActorKind.Person) ?? doers.FirstOrDefault();
        var thing = string.Join(' ', head.SkipWhile(w => w is "a" or "an" or "its" or "their"));
        var title = doer is null ? EventTitles.Capital(thing) : $"{(doer.Kind == ActorKind.Person ? EventTitles.ShortName(doer) : doer.Name)}’s {thing}";
        var cue = new EventCue("event", verb.Index, verb.Length, verb.Value, true);
        var span = new EventSpan(paragraph, sentence.Index, sentence.Start + verb.Index, verb.Length);
        var who = participants.Where(p => p.Start >= from && p.Start < end).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new EventCandidate(cue, title, 2, null, null, null, Tense.Past, null, who, SentenceEventReader.ProperWords(title), null, false, span)
        {
            Agents = doers.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToImmutableArray(),
        };
    }

    /// <summary>
    /// A noun phrase's head words, for a title: all of them up to six, else up to the first phrase it opens after its second
    /// word, an infinitive kept ("New rules to curb noise at night ..." → "New rules to curb noise"; "Second bus service
    /// linking ..." → "Second bus service").
    /// </summary>
    private static IEnumerable<string> Head(IReadOnlyList<string> words) => words.Count <= 6 ? words : words.Take(Math.Min(PhraseAt(words, 2, infinitive: true), 6));

    /// <summary>Where the first phrase after the noun's head opens (a preposition, a relative, an -ing word), from word <paramref name="from"/> on.</summary>
    private static int PhraseAt(IReadOnlyList<string> words, int from, bool infinitive = false)
    {
        for (var i = from; i < words.Count; i++)
            if (words[i] is "to" && !infinitive || words[i] is "for" or "on" or "in" or "at" or "with" or "from" or "by" or "between" or "against" or "which" or "that" or "who" or "and" || words[i] is "of" && !infinitive
                || words[i].EndsWith("ing", StringComparison.Ordinal) && words[i].Length > 5)
                return i;
        return words.Count;
    }
}
