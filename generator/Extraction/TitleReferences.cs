using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// People referred to by a role, an epithet or an age rather than named ("the commissioner said", "the prime minister
/// also urged", "the 19-year-old told reporters"): the person the article gave that role, else the one just named.
/// </summary>
public sealed class TitleReferences(Knowledge k)
{
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
}
