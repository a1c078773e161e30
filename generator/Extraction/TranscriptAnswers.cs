using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>Interview and transcript answers: paragraphs that open with who is speaking ("Kuusk:", "KWON:").</summary>
public static class TranscriptAnswers
{
    /// <summary>
    /// "Kuusk: Mostly it changes the speed of decisions.": in an interview transcript, a paragraph opening with a
    /// person's name and a colon is that person's answer, quoted whole. Interviewer markers ("Q:") name no actor.
    /// </summary>
    public static QuoteFact? InterviewAnswer(string text, List<ActorMention> mentions)
    {
        var colon = text.IndexOf(':');
        if (colon is <= 0 or > 120 || colon + 1 >= text.Length || text[colon + 1] != ' ') return null;
        var head = MarkerHead(text[..colon]);
        var groups = Parenthesized(head);
        var nameEnd = groups.Count == 0 ? head.Length : groups[^1].Open - 1;
        if (groups.Count == 0 && colon > 60) return null;
        // "Spokesperson Lim Soo-jin: Good morning.": the name may follow a title, capitalized words alone.
        // "Helen Moray (Edinburgh West) (LD): ...", a verbatim record: the member's seat and party may follow the name.
        // "The Minister for the Armed Forces (Daniel Hartwell): ...": or the office may come first, the name in brackets.
        var speaker = mentions.FirstOrDefault(m => m.Start + m.Length == nameEnd && m.Kind == ActorKind.Person && IsTitle(WithoutNumber(text[..m.Start])))
                      ?? (groups.Count > 0 && IsOffice(text[..groups[0].Open])
                          ? mentions.FirstOrDefault(m => m.Kind == ActorKind.Person && m.Start == groups[0].Open + 1 && m.Start + m.Length == groups[0].Close - 1)
                          : null);
        if (speaker is null) return null;
        var answer = text[(colon + 1)..].Trim();
        return answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4 ? null : new QuoteFact(speaker.Key, speaker.Key, answer, 0, 0);
    }

    /// <summary>
    /// A marker without whom a question is put to: "3. TEINA HOHAIA (Green)" of "3. TEINA HOHAIA (Green) to the Minister
    /// of Foreign Affairs", a question paper's marker.
    /// </summary>
    public static string MarkerHead(string marker)
    {
        var to = marker.LastIndexOf(") to the ", StringComparison.Ordinal);
        return to > 0 && IsOffice("The " + marker[(to + 9)..]) ? marker[..(to + 1)] : marker;
    }

    /// <summary>"Hon " of "3. Hon ": the question's number opening a question paper's marker is no part of a title.</summary>
    private static string WithoutNumber(string text)
    {
        var dot = text.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 && text[..dot].All(char.IsDigit) ? text[(dot + 2)..] : text;
    }

    /// <summary>
    /// The bracketed groups closing a speaker marker, nearest the colon first: "(Edinburgh West)" and "(LD)" in "Helen
    /// Moray (Edinburgh West) (LD)"; each opens after a space. Empty when the marker does not end in a bracket.
    /// </summary>
    public static List<(int Open, int Close)> Parenthesized(string marker)
    {
        var groups = new List<(int Open, int Close)>();
        var end = marker.Length;
        while (end > 0 && marker[end - 1] == ')')
        {
            var open = marker.LastIndexOf('(', end - 1);
            if (open < 2 || marker[open - 1] != ' ' || marker.IndexOf(')', open) != end - 1) break;
            groups.Add((open, end));
            end = open - 1;
        }
        return groups;
    }

    /// <summary>"The Minister for the Armed Forces ": an office named before the holder's bracketed name, capitalized words joined by "of", "for", "the", "and".</summary>
    public static bool IsOffice(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 12 && char.IsUpper(words[0][0])
               && words.All(w => w is "of" or "for" or "the" or "and" || char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\''));
    }

    /// <summary>Nothing, or one to three capitalized words: "Spokesperson ", "Foreign Minister ", "Mrs. " (an abbreviation's dot closing a word).</summary>
    private static bool IsTitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) && w.TrimEnd('.').Length > 0 && w.TrimEnd('.').All(c => char.IsLetter(c) || c == '-') && w.Count(c => c == '.') <= 1);
    }

    /// <summary>
    /// "Spokesperson Lim Soo-jin: Good morning." first, then "Spokesperson: The eleven crew members were released ...": a
    /// paragraph opening with the title alone and a colon is the answer of the person an earlier paragraph opened with
    /// that title and a name.
    /// </summary>
    public static QuoteFact? TitledAnswer(ArticleFacts facts, int p)
    {
        var text = facts.Paragraphs[p].Text;
        var colon = text.IndexOf(':');
        if (colon is < 2 or > 40 || colon + 1 >= text.Length || text[colon + 1] != ' ' || !IsTitle(text[..colon])) return null;
        var title = text[..(colon + 1)].Replace(":", " ", StringComparison.Ordinal);
        var answer = text[(colon + 1)..].Trim();
        if (answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4) return null;
        for (var q = p - 1; q >= 0; q--)
        {
            var earlier = facts.Paragraphs[q].Text;
            if (!earlier.StartsWith(title, StringComparison.Ordinal)) continue;
            var end = earlier.IndexOf(':');
            var person = facts.Mentions.FirstOrDefault(m => m.Paragraph == q && m.Kind == ActorKind.Person && m.Start == title.Length && m.Start + m.Length == end);
            if (person is not null) return new QuoteFact(person.Key, person.Key, answer, 0, 0);
        }
        return Listed(facts, p, text[..colon]) is { } listed ? new QuoteFact(listed.Key, listed.Key, answer, 0, 0) : null;
    }

    private static readonly string[] ListSeparators = [" - ", " – ", " — "];

    /// <summary>
    /// "Participants: Dr. Ana Reyes - Governor Mr. Ivo Brannock - Deputy Governor", then "Governor: Thank you.": a person
    /// named in an earlier paragraph with the marker's title alone after a dash, the paragraph or the next listed name
    /// (an honorific before it) right after the title.
    /// </summary>
    private static ActorMention? Listed(ArticleFacts facts, int p, string title)
    {
        var people = facts.Mentions.Where(m => m.Paragraph < p && m.Kind == ActorKind.Person).ToList();
        foreach (var m in people)
        {
            var text = facts.Paragraphs[m.Paragraph].Text;
            var end = m.Start + m.Length;
            var separator = Array.Find(ListSeparators, x => string.CompareOrdinal(text, end, x + title, 0, x.Length + title.Length) == 0);
            if (separator is null) continue;
            var after = end + separator.Length + title.Length;
            if (text[after..].Trim().Length == 0) return m;
            if (text[after] != ' ') continue;
            var next = people.Find(n => n.Paragraph == m.Paragraph && n.Start > after);
            if (next is not null && IsTitle(text[after..next.Start])) return m;
        }
        return null;
    }

    /// <summary>
    /// A transcript: "KWON: Good afternoon." is the answer of the person of the article whose name has that word;
    /// a paragraph between that answer and the next marker ("Q (Yonhap):", "VALDIVIESO:") continues the answer.
    /// </summary>
    public static QuoteFact? Answer(ArticleFacts facts, int p)
    {
        var text = WithoutTimestamp(facts.Paragraphs[p].Text);
        if (SpeakerMarker(text) is { } marker)
        {
            var person = facts.Mentions.Where(m => m.Kind == ActorKind.Person)
                .FirstOrDefault(m => m.Key.Split(' ', '-').Any(w => marker.Split(' ', '-').Any(x => x.Length >= 3 && string.Equals(Folded(w), Folded(x), StringComparison.OrdinalIgnoreCase))));
            var answer = text[(marker.Length + 1)..].Trim();
            return person is null || answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4 ? null : new QuoteFact(person.Key, person.Key, answer, 0, 0);
        }
        if (p == 0 || p + 1 >= facts.Paragraphs.Length || text.Contains(':') || QuoteSpans.Find(text).Count > 0) return null;
        var before = WithoutTimestamp(facts.Paragraphs[p - 1].Text);
        var after = WithoutTimestamp(facts.Paragraphs[p + 1].Text);
        if (SpeakerMarker(before) is null || !(SpeakerMarker(after) is not null || after.StartsWith("Q ", StringComparison.Ordinal) || after.StartsWith("Q:", StringComparison.Ordinal))) return null;
        return Answer(facts, p - 1) is { } previous ? previous with { Text = text.Trim() } : null;
    }

    /// <summary>"KWON" in "KWON: Good afternoon.": one or two upper-case words opening the paragraph before a colon.</summary>
    private static string? SpeakerMarker(string text)
    {
        var colon = text.IndexOf(':');
        if (colon is < 2 or > 30 || colon + 1 >= text.Length || text[colon + 1] != ' ') return null;
        var marker = text[..colon];
        return marker.Count(char.IsLetter) >= 2 && marker.All(c => char.IsUpper(c) || c is ' ' or '-' or '\'') && marker.Count(c => c == ' ') <= 1 ? marker : null;
    }

    private static string Folded(string word) => Normalize.Slugger.WithoutDiacritics(word);

    /// <summary>
    /// "PICHIT: Well, ..." of "[00:00:31] PICHIT: Well, ...": a recording's transcript stamps each turn with its time
    /// ("[00:00:31]", "(01:12)", "00:01:12"), before the speaker's marker.
    /// </summary>
    public static string WithoutTimestamp(string text)
    {
        var i = 0;
        var bracket = text.Length > 0 && text[0] is '[' or '(';
        if (bracket) i++;
        var digits = 0;
        var colons = 0;
        for (; i < text.Length && (char.IsDigit(text[i]) || text[i] == ':'); i++)
            if (text[i] == ':') colons++; else digits++;
        if (colons is < 1 or > 2 || digits < 3 || text[i - 1] == ':') return text;
        if (bracket) { if (i >= text.Length || text[i] is not (']' or ')')) return text; i++; }
        if (i >= text.Length || text[i] != ' ') return text;
        return text[(i + 1)..].TrimStart();
    }
}
