namespace BriefingSite.Extraction;

/// <summary>
/// People a transcript names by its speaker markers: "CÁRDENAS: Commissioner, ..." says that the article's
/// "Julián Cárdenas Mejía" is a person who speaks, whatever words introduce him ("The host is ..."). The full name is the
/// run of plain capitalized words around the marker's word where the article writes it in ordinary case.
/// </summary>
public sealed class TranscriptSpeakers(Knowledge k)
{
    public IEnumerable<PersonCandidate> Find(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized, List<PersonCandidate> found)
    {
        var markers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in paragraphs)
            if (Marker(text) is { } marker)
                foreach (var word in marker.Split(' ', '-'))
                    if (word.Length >= 3) markers.Add(Folded(word));
        // A transcript has at least two answers by its speakers: one marker alone may be a heading ("NOTE: ...").
        if (markers.Count == 0 || paragraphs.Count(p => Marker(p) is not null) < 2) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (!t.IsCapitalized || TextChars.All(t.Text, c => !char.IsLetter(c) || char.IsUpper(c)) || !markers.Contains(Folded(t.Text)) || !NameWord(tokens, i)) continue;
                var first = i;
                while (first > 0 && i - first < 3 && Joined(tokens, first - 1, first) && NameWord(tokens, first - 1)) first--;
                var last = i;
                while (last + 1 < tokens.Count && last - i < 2 && !tokens[last].Possessive && Joined(tokens, last, last + 1) && NameWord(tokens, last + 1)) last++;
                // "Kwon Tae-hyun": a name running on through a hyphen, or one discovery already found, is left as it is.
                if (first == last || Hyphened(tokens, first, last)) continue;
                if (found.Exists(c => c.Paragraph == p && c.Start < tokens[last].End && tokens[first].Start < c.End)) continue;
                var name = tokens.Skip(first).Take(last - first + 1).Select(x => x.Text).ToList();
                if (seen.Add(NameText.Join(name))) yield return new PersonCandidate(name, null, p, tokens[first].Start, tokens[last].End);
            }
        }
    }

    /// <summary>"CÁRDENAS" in "CÁRDENAS: Commissioner, ...": one or two upper-case words opening the paragraph before a colon.</summary>
    private static string? Marker(string text)
    {
        text = TranscriptAnswers.WithoutTimestamp(text);
        var colon = text.IndexOf(':');
        if (colon is < 3 or > 30 || colon + 1 >= text.Length || text[colon + 1] != ' ') return null;
        var marker = text[..colon];
        return marker.Count(char.IsLetter) >= 3 && marker.All(c => char.IsUpper(c) || c is ' ' or '-' or '\'') && marker.Count(c => c == ' ') <= 1 ? marker : null;
    }

    private static bool Joined(List<Token> tokens, int a, int b) => tokens[b].Start - tokens[a].End == 1;

    private static bool Hyphened(List<Token> tokens, int first, int last) =>
        first > 0 && tokens[first - 1].Is("-") && tokens[first - 1].End == tokens[first].Start
        || last + 1 < tokens.Count && tokens[last + 1].Is("-") && tokens[last + 1].Start == tokens[last].End;

    /// <summary>A capitalized word that may be part of a name: no known name, title, function word or generic noun.</summary>
    private bool NameWord(List<Token> tokens, int j)
    {
        var t = tokens[j];
        return t.IsCapitalized && t.Text.Length > 1 && !t.Text.EndsWith('.') && t.Text.Skip(1).All(char.IsLower) && k.Names.Match(tokens, j) is null
            && !k.IsVocabularyWord(t.Text);
    }

    private static string Folded(string word) => Normalize.Slugger.WithoutDiacritics(word).ToUpperInvariant();
}
