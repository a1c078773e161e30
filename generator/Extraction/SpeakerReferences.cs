using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Speakers referred to by a pronoun rather than named ("he said", "according to her", "In his message, he wrote:"): the
/// last person named before it. Descriptions are resolved by <see cref="TitleReferences"/> (a role or epithet: "the
/// commissioner said") and <see cref="BodyReferences"/> (an organization: "the commission said", "It also urged").
/// </summary>
public sealed class SpeakerReferences(Knowledge k)
{
    private readonly TitledSubjects titledSubjects = new(k);
    private readonly GivenNameSubjects givenNameSubjects = new(k);
    private readonly ReportTags tags = new(k);

    /// <summary>
    /// The last person named before <paramref name="before"/> in <paramref name="paragraph"/>, outside any quote, whose
    /// given name does not contradict the pronoun: the first fitting person of the latest sentence that names one.
    /// </summary>
    public (string Speaker, string? Key)? Pronoun(ArticleFacts facts, int paragraph, int before, string pronoun)
    {
        var she = pronoun.ToLowerInvariant() is "she" or "her";
        var spans = facts.Paragraphs.Select(p => QuoteSpans.Find(p.Text)).ToList();
        var fitting = facts.Mentions
            .Where(m => m.Kind == ActorKind.Person && (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Start < before)))
            .Where(m => !spans[m.Paragraph].Any(s => m.Start > s.Open && m.Start < s.Close))
            .Where(m => Fits(m.Key.Split(' ')[0], she) && !Addressed(facts.Paragraphs[m.Paragraph].Text, m.Start) && !ReportedSubject(facts.Paragraphs[m.Paragraph].Text, m)
                        && !tags.BeforePronounTag(facts.Paragraphs[m.Paragraph], m, paragraph == m.Paragraph ? before : int.MaxValue))
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
        var latest = fitting.LastOrDefault();
        var openings = new SentenceOpenings(k, facts, paragraph, before, latest);
        if (titledSubjects.Find(facts, paragraph, openings, key => Fits(key.Split(' ')[0], she)) is { } titled) return titled;
        if (givenNameSubjects.Find(facts, paragraph, openings, key => Fits(key.Split(' ')[0], she)) is { } given) return given;
        // "An investigator said the hull was breached. She also said ...": an unnamed speaker since the last name is who.
        if (Unnamed(facts, latest, paragraph, before) is { } unnamed) return (unnamed, null);
        if (latest is null) return null;
        var sentence = fitting.Where(m => m.Paragraph == latest.Paragraph
            && facts.Paragraphs[m.Paragraph].SentenceAt(m.Start).Index == facts.Paragraphs[latest.Paragraph].SentenceAt(latest.Start).Index).ToList();
        // "Park will meet Zhao, spokeswoman Lim told a briefing. "...," she said.": the one that sentence had speaking.
        var last = sentence.Find(m => Speaks(facts.Paragraphs[m.Paragraph].Text, m));
        // "He described Mr Halloran as obsessed with costs. "...," he said.": a sentence opening with the same pronoun has the
        // same subject, and the people it names (none speaking) are its objects: the pronoun goes on back.
        var opening = facts.Paragraphs[latest.Paragraph].SentenceAt(latest.Start);
        if (last is null && PronounChains.Opens(facts.Paragraphs[latest.Paragraph].Text, opening.Start, she)) return Pronoun(facts, latest.Paragraph, opening.Start, pronoun);
        last ??= sentence[0];
        return (last.Key, last.Key);
    }

    /// <summary>
    /// "He said Zelensky is "a model of honesty"; ... he added": a name right after "he/she said" or "says" and before a
    /// verb ("is", "was", "has") is the subject of what is reported, not someone a later pronoun refers to.
    /// </summary>
    private static bool ReportedSubject(string text, ActorMention m)
    {
        var before = text[..m.Start].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (before.Length < 2 || before[^1] is not ("said" or "says") || before[^2] is not ("he" or "she" or "He" or "She")) return false;
        var after = text[(m.Start + m.Length)..].TrimStart().Split(' ', 2)[0];
        return after is "is" or "was" or "has" or "had" or "would" or "will" or "could" or "should" or "were" or "are";
    }

    /// <summary>
    /// The words naming an unnamed speaker ("an investigator said", "said a senior official") between the person named
    /// last (or the paragraph before) and <paramref name="before"/>, outside quotes: the latest one, or null.
    /// </summary>
    private string? Unnamed(ArticleFacts facts, ActorMention? latest, int paragraph, int before)
    {
        string? found = null;
        for (var p = Math.Max(latest?.Paragraph ?? 0, paragraph - 1); p <= paragraph; p++)
        {
            var para = facts.Paragraphs[p];
            var spans = QuoteSpans.Find(para.Text);
            var from = latest is not null && latest.Paragraph == p ? latest.Start + latest.Length : 0;
            var to = p == paragraph ? before : para.Text.Length;
            var tokens = k.Tokenizer.Tokenize(para)
                .Where(t => t.Start >= from && t.End <= to && !spans.Any(q => t.Start > q.Open && t.Start < q.Close)).ToList();
            for (var j = 0; j < tokens.Count; j++)
            {
                if (!k.RoleNouns.Contains(tokens[j].Text) || tokens[j].Possessive) continue;
                var a = j - 1;
                while (a >= 0 && j - a <= 3 && tokens[a].IsLower && !Indefinite(tokens[a].Text)) a--;
                if (a < 0 || !Indefinite(tokens[a].Text)) continue;
                // "an investigator with the safety board said": a short phrase may say where the speaker works.
                var v = j + 1;
                if (v < tokens.Count && tokens[v].Text is "with" or "at" or "for" or "from" or "of" or "in")
                    while (v < tokens.Count && v - j <= 6 && tokens[v].IsWord && !k.SpeechVerbs.Contains(tokens[v].Text)) v++;
                // "an economist in Nouakchott who advises deputies, and who asked not to be named, said": a relative clause
                // (set off by commas or not) may stand between the unnamed speaker and the verb, within the sentence; not
                // after a comma, where the words are in apposition to someone named ("Dashzeveg, 61, a retired teacher who").
                if (v < tokens.Count && !(a > 0 && tokens[a - 1].Is(",")) && (tokens[v].Text is "who" || tokens[v].Is(",") && v + 1 < tokens.Count && tokens[v + 1].Text is "who" or "and"))
                    while (v < tokens.Count && v - j <= 20 && !tokens[v].SentenceInitial && tokens[v].Text is not ("." or ";" or ":") && !k.SpeechVerbs.Contains(tokens[v].Text)) v++;
                var speaks = v < tokens.Count && k.SpeechVerbs.Contains(tokens[v].Text) || a > 0 && k.InvertedSpeechVerbs.Contains(tokens[a - 1].Text);
                if (speaks) found = string.Join(' ', tokens.Skip(a).Take(j - a + 1).Select(t => t.Text));
            }
        }
        return found;
    }

    /// <summary>
    /// "Speaking to Martin Smith of PBS, he said", "In an interview with Ana Ruiz, she said", "he told Reuters": the
    /// one spoken to, named right after "speaking to", "interview with" or "told", listens; the speaker is someone else.
    /// </summary>
    public static bool Addressed(string text, int start)
    {
        var words = text[Math.Max(0, start - 40)..start].Split([' ', ',', '(', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[^1] is "the" or "The") words.RemoveAt(words.Count - 1);
        // "In an interview with magazine The Bark", "Speaking to the newspaper Le Soir": the outlet's noun too.
        if (words.Count > 0 && OutletNames.OutletNouns.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        if (words.Count > 0 && words[^1] is "the" or "The" or "a" or "an") words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return false;
        if (words[^1] is "told" or "telling" or "tells") return true;
        return words.Count >= 2 && words[^1] is "to" or "with" && AddressingWords.Contains(words[^2].ToLowerInvariant());
    }

    private static readonly HashSet<string> AddressingWords = new(StringComparer.Ordinal)
    {
        "speaking", "talking", "spoke", "speak", "speaks", "talked", "talk", "talks", "interview", "conversation", "chat", "phone-in",
    };

    private static bool Indefinite(string word) => word is "a" or "an" or "A" or "An" or "one" or "One" or "another" or "Another";

    /// <summary>"Lim Soo-jin told", "said Lim": the mention is the subject of a verb of saying right beside it.</summary>
    internal bool Speaks(string text, ActorMention m)
    {
        var after = text[(m.Start + m.Length)..].TrimStart();
        // "Mr Roe's father, Azmat, said": the name that closes an apposition right before the verb.
        if (after.StartsWith(',')) after = after[1..].TrimStart();
        var next = new string(after.TakeWhile(char.IsLetter).ToArray());
        // "Helen Marsh has said", "Marsh also told": an auxiliary or an adverb may stand before the verb.
        if (next is "has" or "have" or "also")
            next = new string(after[next.Length..].TrimStart().TakeWhile(char.IsLetter).ToArray());
        var before = text[..m.Start].TrimEnd();
        var previous = new string(before.Reverse().TakeWhile(char.IsLetter).Reverse().ToArray());
        return k.SpeechVerbs.Contains(next) || k.InvertedSpeechVerbs.Contains(previous);
    }

    private bool Fits(string givenName, bool she) =>
        she ? k.FemaleNames.Contains(givenName) || k.UnisexNames.Contains(givenName) || !k.GivenNames.Contains(givenName) : !k.FemaleNames.Contains(givenName);
}
