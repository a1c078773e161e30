using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Speakers referred to rather than named: a pronoun ("he said", "according to her", "In his message, he wrote:") is
/// the last person named before it; a definite description ("the commission said", "The court's summary concluded")
/// is the article's organization whose name has that noun as its head.
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

    /// <summary>
    /// "the commission" after "the ECOWAS Commission", "The court's summary" after "the Court of Session": "the" and a
    /// lower-case noun that heads an organization named earlier in the article is that organization.
    /// A phrase with a role noun ("the court's spokesman") is someone unnamed who speaks for it, not the body itself.
    /// </summary>
    public (string Speaker, string? Key)? Described(ArticleFacts facts, int paragraph, int before, IReadOnlyList<Token> phrase)
    {
        if (phrase.Count is < 2 or > 4 || !phrase[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || !phrase[1].IsLower) return null;
        if (phrase.Skip(1).Any(t => k.RoleNouns.Contains(t.Text))) return null;
        // "the commission said", "the court's summary": the noun is the last word or the possessive owner.
        var noun = phrase[1].Possessive || phrase.Count == 2 ? phrase[1].Text : null;
        if (noun is null) return null;
        // The body the article is about wins over one named in passing ("the court" after five mentions of one court
        // and a line on another); among equals, the latest.
        var named = facts.Mentions
            .Where(m => m.Kind == ActorKind.Organization && (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Start < before)))
            .Where(m => string.Equals(Head(m.Key), noun, StringComparison.OrdinalIgnoreCase))
            .Select((m, order) => (m.Key, order)).GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(x => x.order)).Select(g => g.Key).FirstOrDefault();
        return named is null ? null : (named, named);
    }

    /// <summary>
    /// "It also urged people to ...": the organization (else country) named last before <paramref name="before"/>, in this
    /// paragraph or the one before, outside any quote.
    /// </summary>
    public (string Speaker, string? Key)? Body(ArticleFacts facts, int paragraph, int before)
    {
        var spans = QuoteSpans.Find(facts.Paragraphs[paragraph].Text);
        var last = facts.Mentions
            .Where(m => m.Kind != ActorKind.Person && (m.Paragraph == paragraph - 1 || (m.Paragraph == paragraph && m.Start < before)))
            .Where(m => m.Paragraph != paragraph || !spans.Any(s => m.Start > s.Open && m.Start < s.Close))
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Start).LastOrDefault();
        return last is null ? null : (last.Key, last.Key);
    }

    /// <summary>
    /// "The commissioner said", "the archbishop said", "the trade commissioner added": "the" and a role noun name the person
    /// the article introduced with that role, every word of the description in it ("AU trade commissioner Albert Muchanga"): the only one, else the latest
    /// named in this paragraph or the one before. Null when no person was given that role (an unnamed speaker).
    /// </summary>
    public (string Speaker, string? Key)? Titled(ArticleFacts facts, int paragraph, int before, IReadOnlyList<Token> phrase)
    {
        if (phrase.Count is < 2 or > 4 || !phrase[0].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        var noun = phrase[^1];
        // "the Commissioner said", "the Prime Minister told MPs": a title capitalized as house style writes it is a role too.
        if (!noun.IsLower && !k.RoleWords.Contains(noun.Text) || noun.Possessive || phrase.Any(t => !t.IsWord || t.Possessive)) return null;
        var titled = char.ToUpperInvariant(noun.Text[0]) + noun.Text[1..];
        if (!k.RoleNouns.Contains(noun.Text) && !k.RoleWords.Contains(titled) && !k.EpithetNouns.Contains(noun.Text)) return null;
        // "The local health minister" is not "Civil Aviation Minister Hardeep Singh Puri": every word of the description is in the role.
        var words = phrase.Skip(1).Select(t => t.Text).ToList();
        var holders = facts.Mentions
            .Where(m => m.Kind == ActorKind.Person && m.Role is { } role && (m.Paragraph < paragraph || (m.Paragraph == paragraph && m.Start < before))
                        && words.All(w => role.Split(' ', ',', '-').Contains(w, StringComparer.OrdinalIgnoreCase))
                        // "the Foreign Secretary" is not the "shadow foreign secretary" nor a "former" or "deputy" one.
                        && role.Split(' ', ',', '-').Where(r => OtherOffice.Contains(r.ToLowerInvariant())).All(r => words.Contains(r, StringComparer.OrdinalIgnoreCase)))
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Start).ToList();
        if (holders.Count == 0) return Epithet(facts, paragraph, before, words, office: k.RoleWords.Contains(titled));
        if (holders.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count() == 1) return (holders[0].Key, holders[0].Key);
        var latest = holders[^1];
        return latest.Paragraph >= paragraph - 1 ? (latest.Key, latest.Key) : null;
    }

    /// <summary>"..., the 19-year-old told reporters": an age in place of a name is the person just named, as an office no one was given is.</summary>
    public (string Speaker, string? Key)? Aged(ArticleFacts facts, int paragraph, int before, string age) => Epithet(facts, paragraph, before, [age], office: false);

    /// <summary>
    /// "..., Mr Blair warned. The prime minister also urged ...": a title no one in the article was given, after a
    /// sentence whose only person is someone given no title, is that person named again by office. Not a "former" or
    /// "shadow" office; sentences naming no one may stand between ("He said ..."), within this paragraph and the two before.
    /// A profession rather than an office ("..., said study co-author Karen Alley. The Wooster professor added, "...")
    /// may describe someone given a title too.
    /// </summary>
    private (string Speaker, string? Key)? Epithet(ArticleFacts facts, int paragraph, int before, List<string> words, bool office)
    {
        if (words.Exists(w => OtherOffice.Contains(w.ToLowerInvariant()))) return null;
        // "A CRE spokesman said ... "...," the spokesman said": a spokesperson speaks for someone and is no one named; and
        // a noun the article gave before to someone unnamed ("a lawyer for the family said ... the lawyer added") is that one.
        if (Spokespersons.Contains(words[^1].ToLowerInvariant()) || IntroducedUnnamed(facts, paragraph, before, words[^1])) return null;
        var named = LatestPeople(facts, paragraph, before);
        var people = named.Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        // "Ruth Amos has failed the town, Helen Marsh has said. "...", the Liberal leader said": of two people named, the
        // one the sentence has speaking; first, whatever title they were given, for a description that is no office ("the
        // European cross-country champion" after "British team member Hayley Yelling said ... Radcliffe").
        var speaking = named.Where(m => SaysAfter(facts.Paragraphs[m.Paragraph].Text, m)).Select(m => m.Key).Distinct(StringComparer.Ordinal).ToList();
        if (people.Count > 1 && !office && speaking.Count == 1) people = speaking;
        // "Tony Blair is urging leaders ... over President Bush's re-election. ..., the prime minister said": someone the
        // article gave a title with another head ("President", not "minister") is not the one named by this one.
        if (people.Count > 1)
            people = people.Where(p => !facts.Mentions.Any(m => m.Key == p && m.Role is { } role && !HasHead(role, words[^1]))).ToList();
        if (people.Count > 1 && speaking.Intersect(people).ToList() is [var only]) people = [only];
        if (people.Count != 1) return null;
        var key = people[0];
        // Someone the article gave a title is called by that title, not by another ("Labour MP Ann Cole ... the Ashby
        // West MP" is the same title: the words it adds are a place or an outlet, not another office like "the local health
        // minister" after "Civil Aviation Minister Hardeep Singh Puri").
        if (office && facts.Mentions.Any(m => m.Key == key && m.Role is not null) && !facts.Mentions.Any(m => m.Key == key && m.Role is { } role && SameTitle(role, words))) return null;
        return (key, key);
    }

    private static bool HasHead(string role, string noun) => role.Split(' ', ',', '-').Contains(noun, StringComparer.OrdinalIgnoreCase);

    private bool SameTitle(string role, List<string> words) =>
        HasHead(role, words[^1]) && words.SkipLast(1).All(w => HasHead(role, w) || char.IsUpper(w[0]) && !k.RoleWords.Contains(w))
        // "Deputy Mayor Lena Ortiz" is not "the mayor".
        && role.Split(' ', ',', '-').Where(r => OtherOffice.Contains(r.ToLowerInvariant())).All(r => words.Contains(r, StringComparer.OrdinalIgnoreCase));

    /// <summary>"Marsh said", "Marsh has said", "Marsh also told": the mention is the subject of a verb of saying right after it.</summary>
    private bool SaysAfter(string text, ActorMention m)
    {
        var words = text[(m.Start + m.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words.Take(3))
        {
            if (k.SpeechVerbs.Contains(w.TrimEnd('.', ':', ';'))) return true;
            if (w is not ("has" or "have" or "also" or "then" or "later")) return false;
        }
        return false;
    }

    /// <summary>
    /// The persons named, outside quotes, in the latest sentence before <paramref name="before"/> that names any: back
    /// through this paragraph and the two before it ("Mr Blair also spoke of ... / He said ... / ..., the prime minister
    /// said:"), a heading stopping the search. Empty when none does.
    /// </summary>
    private static List<ActorMention> LatestPeople(ArticleFacts facts, int paragraph, int before)
    {
        for (var p = paragraph; p >= Math.Max(0, paragraph - 2); p--)
        {
            var para = facts.Paragraphs[p];
            if (para.IsHeading) break;
            var spans = QuoteSpans.Find(para.Text);
            var last = p == paragraph ? para.SentenceAt(before).Index - 1 : para.Sentences.Length - 1;
            for (var s = last; s >= 0; s--)
            {
                var (start, end) = (para.Sentences[s].Start, para.Sentences[s].Start + para.Sentences[s].Length);
                var people = facts.Mentions.Where(m => m.Paragraph == p && m.Start >= start && m.Start < end && m.Kind == ActorKind.Person
                                                       && !spans.Any(q => m.Start > q.Open && m.Start < q.Close)).ToList();
                if (people.Count > 0) return people;
            }
        }
        return [];
    }

    private static readonly HashSet<string> OtherOffice = new(StringComparer.Ordinal) { "shadow", "former", "deputy", "vice", "assistant", "ex", "junior" };

    private static readonly HashSet<string> Spokespersons = new(StringComparer.Ordinal) { "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen" };

    /// <summary>
    /// Whether "a" or "an" and at most three words before <paramref name="noun"/> ("a spokesman", "a Home Office spokesman";
    /// not "a theme of the chancellor") occur in the article before <paramref name="before"/>.
    /// </summary>
    private static bool IntroducedUnnamed(ArticleFacts facts, int paragraph, int before, string noun)
    {
        var indefinite = new System.Text.RegularExpressions.Regex(@"\b[Aa]n?\s+(?:(?!(?:the|of|for|to|and|or|in|on|at|by|with|from|his|her|its|their)\s)[\w'-]+\s+){0,3}?" + System.Text.RegularExpressions.Regex.Escape(noun) + @"\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        for (var p = 0; p <= paragraph; p++)
        {
            var text = facts.Paragraphs[p].Text;
            if (indefinite.IsMatch(p == paragraph ? text[..Math.Min(before, text.Length)] : text)) return true;
        }
        return false;
    }

    /// <summary>The head noun of an organization's name: "Commission" in "ECOWAS Commission", "Court" in "Court of Session".</summary>
    private static string Head(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var of = Array.FindIndex(words, w => w is "of" or "for" or "on");
        return of > 0 ? words[of - 1] : words[^1];
    }

    private bool Fits(string givenName, bool she) =>
        she ? k.FemaleNames.Contains(givenName) || k.UnisexNames.Contains(givenName) || !k.GivenNames.Contains(givenName) : !k.FemaleNames.Contains(givenName);
}
