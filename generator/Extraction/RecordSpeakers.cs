namespace BriefingSite.Extraction;

/// <summary>
/// Members a verbatim record names by its speaker markers: "Stewart Gilmour (Aberdeen South) (SNP): Our own cables
/// ..." says that "Stewart Gilmour" is a person who speaks, though nothing else introduces him. A marker is a paragraph
/// opening with two to four plain capitalized words (after an honorific, "Sir Graham Pettifer"), then bracketed groups
/// and a colon, or with an office and the holder's name in brackets ("The Minister for the Armed Forces (Daniel Hartwell):"); a record has at least two such markers, so that one bracketed heading alone names no one.
/// </summary>
public sealed class RecordSpeakers(Knowledge k)
{
    public IEnumerable<PersonCandidate> Find(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized, List<PersonCandidate> found)
    {
        var markers = Markers(paragraphs, tokenized);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (p, first, last, capitals) in markers)
        {
            var tokens = tokenized[p];
            if (found.Exists(c => c.Paragraph == p && c.Start < tokens[last].End && tokens[first].Start < c.End)) continue;
            var words = Words(tokens, first, last, capitals);
            if (seen.Add(NameText.Join(words))) yield return new PersonCandidate(words, null, p, tokens[first].Start, tokens[last].End);
        }
    }

    /// <summary>
    /// The markers that write the member's name in capitals ("Hon GRACE TAMIHANA (Minister of Foreign Affairs):"): the name
    /// as the article's people know it ("Grace Tamihana") and where it is. Text matching finds people only as the text
    /// writes them elsewhere, so these are the mentions of the markers themselves.
    /// </summary>
    public IEnumerable<(int Paragraph, int Start, int End, string Name)> CapitalMarkers(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized) =>
        Markers(paragraphs, tokenized).Where(m => m.Capitals)
            .Select(m => (m.Paragraph, tokenized[m.Paragraph][m.First].Start, tokenized[m.Paragraph][m.Last].End, NameText.Join(Words(tokenized[m.Paragraph], m.First, m.Last, true))));

    /// <summary>The record's markers; none unless it has at least two, so that one bracketed heading alone names no one.</summary>
    private List<(int Paragraph, int First, int Last, bool Capitals)> Markers(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized)
    {
        var markers = Enumerable.Range(0, paragraphs.Count).Select(p => (P: p, Name: Marker(paragraphs[p], tokenized[p]))).Where(x => x.Name is not null)
            .Select(x => (x.P, x.Name!.Value.First, x.Name.Value.Last, x.Name.Value.Capitals)).ToList();
        return markers.Count < 2 ? [] : markers;
    }

    /// <summary>"GRACE TAMIHANA" is Grace Tamihana; a name in ordinary case is kept as written.</summary>
    private static List<string> Words(List<Token> tokens, int first, int last, bool capitals) =>
        tokens.Skip(first).Take(last - first + 1)
            .Select(t => capitals ? NameText.TitleCased(t.Text) : t.Text).ToList();

    /// <summary>
    /// The name's first and last token in "Name (...) (...): ...", or null when the paragraph opens otherwise. A question
    /// paper's marker may open with the question's number and name whom it is put to ("3. TEINA HOHAIA (Green) to the
    /// Minister of Foreign Affairs:"); a member named in capitals after "Hon" needs no brackets ("Hon GRACE TAMIHANA:").
    /// </summary>
    private (int First, int Last, bool Capitals)? Marker(string text, List<Token> tokens)
    {
        var colon = text.IndexOf(':');
        if (colon is <= 0 or > 120 || colon + 1 >= text.Length || text[colon + 1] != ' ') return null;
        var head = TranscriptAnswers.MarkerHead(text[..colon]);
        var groups = TranscriptAnswers.Parenthesized(head);
        var first = 0;
        while (first < tokens.Count && tokens[first].End <= head.Length && tokens[first].Text.TrimEnd('.') is var number && number.All(char.IsDigit)) first++;
        if (first + 1 < tokens.Count && tokens[first].Is("Rt") && tokens[first + 1].Is("Hon")) first++;
        // "Hon", "Rt Hon": how parliaments' records title their members before the name ("Hon." is an honorific of any text).
        var member = first < tokens.Count && tokens[first].Is("Hon");
        if (first < tokens.Count && (k.Honorifics.Contains(tokens[first].Text) || member)) first++;
        var nameEnd = groups.Count == 0 ? head.Length : groups[^1].Open - 1;
        var last = tokens.FindIndex(t => t.End == nameEnd);
        // "The Minister for the Armed Forces (Daniel Hartwell):": the office first, the holder's name in the brackets.
        // A member named in capitals ("Hon GRACE TAMIHANA (Minister of Foreign Affairs):") is named before the brackets.
        var capitals = first < tokens.Count && tokens[first].Text.Length > 1 && InCapitals(tokens[first].Text);
        if (groups.Count > 0 && !capitals && TranscriptAnswers.IsOffice(text[..groups[0].Open]))
        {
            first = tokens.FindIndex(t => t.Start == groups[0].Open + 1);
            last = tokens.FindIndex(t => t.End == groups[0].Close - 1);
        }
        // "SAMUEL ARDERN-VOSS": a hyphen inside a word of the name is no word of its own.
        var hyphens = first < 0 || last < first ? 0 : Enumerable.Range(first, last - first + 1).Count(i => tokens[i].Is("-"));
        if (first < 0 || last - first - 2 * hyphens is < 1 or > 3) return null;
        if (groups.Count == 0 && !(capitals && member)) return null;
        for (var i = first; i <= last; i++)
        {
            var t = tokens[i];
            if (t.Is("-") && i > first && i < last && t.Start == tokens[i - 1].End && tokens[i + 1].Start == t.End) continue;
            var plain = capitals
                ? t.Text.Count(char.IsLetter) >= 2 && InCapitals(t.Text)
                : t.IsCapitalized && t.Text.Length >= 2 && TextChars.AllAfterFirst(t.Text, c => char.IsLower(c) || c is '-' or '\'');
            var word = capitals ? NameText.TitleCased(t.Text) : t.Text;
            if (!plain || !t.IsWord || k.FunctionWords.Contains(word) || k.RoleWords.Contains(word) || k.Honorifics.Contains(word) || k.GenericNouns.Contains(word)
                || !capitals && k.Names.Match(tokens, i) is not null || i > first && !tokens[i - 1].Is("-") && tokens[i].Start - tokens[i - 1].End != 1)
                return null;
        }
        return (first, last, capitals);
    }

    /// <summary>"TAMIHANA", "ARDERN-VOSS", "O'BRIEN": a word written in capitals.</summary>
    private static bool InCapitals(string word) => word.All(c => char.IsUpper(c) || c is '-' or '\'');
}
