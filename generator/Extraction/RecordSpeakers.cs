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
        var markers = Enumerable.Range(0, paragraphs.Count).Select(p => (P: p, Name: Marker(paragraphs[p], tokenized[p]))).Where(x => x.Name is not null).ToList();
        if (markers.Count < 2) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (p, name) in markers)
        {
            var (first, last) = name!.Value;
            var tokens = tokenized[p];
            if (found.Exists(c => c.Paragraph == p && c.Start < tokens[last].End && tokens[first].Start < c.End)) continue;
            var words = tokens.Skip(first).Take(last - first + 1).Select(t => t.Text).ToList();
            if (seen.Add(NameText.Join(words))) yield return new PersonCandidate(words, null, p, tokens[first].Start, tokens[last].End);
        }
    }

    /// <summary>The name's first and last token in "Name (...) (...): ...", or null when the paragraph opens otherwise.</summary>
    private (int First, int Last)? Marker(string text, List<Token> tokens)
    {
        var colon = text.IndexOf(':');
        if (colon is <= 0 or > 120 || colon + 1 >= text.Length || text[colon + 1] != ' ') return null;
        var groups = TranscriptAnswers.Parenthesized(text[..colon]);
        if (groups.Count == 0) return null;
        var nameEnd = groups[^1].Open - 1;
        var first = tokens.Count > 0 && k.Honorifics.Contains(tokens[0].Text) ? 1 : 0;
        var last = tokens.FindIndex(t => t.End == nameEnd);
        // "The Minister for the Armed Forces (Daniel Hartwell):": the office first, the holder's name in the brackets.
        if (TranscriptAnswers.IsOffice(text[..groups[0].Open]))
        {
            first = tokens.FindIndex(t => t.Start == groups[0].Open + 1);
            last = tokens.FindIndex(t => t.End == groups[0].Close - 1);
        }
        if (first < 0 || last - first is < 1 or > 3) return null;
        for (var i = first; i <= last; i++)
        {
            var t = tokens[i];
            if (!t.IsCapitalized || t.Text.Length < 2 || !t.Text.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'') || k.FunctionWords.Contains(t.Text)
                || k.RoleWords.Contains(t.Text) || k.Honorifics.Contains(t.Text) || k.Names.Match(tokens, i) is not null || i > first && tokens[i].Start - tokens[i - 1].End != 1)
                return null;
        }
        return (first, last);
    }
}
