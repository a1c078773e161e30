using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Splits plain text into words and punctuation. Keeps abbreviations whole ("U.S.", "Gen.", "Feb."), splits hyphens
/// out ("U.S.-Russia" → U.S. / - / Russia) and turns a trailing 's into a flag, so names match however they are inflected.
/// </summary>
public sealed class WordTokenizer(IReadOnlySet<string> abbreviations)
{
    /// <summary>
    /// A paragraph's tokens, tokenized once per article and shared by every rule that reads them (<see cref="ParagraphTokens"/>):
    /// the list must not be changed (no rule does; copy it to change it).
    /// </summary>
    public List<Token> Tokenize(DocParagraph paragraph) => ParagraphTokens.Of(this, paragraph);

    public List<Token> Tokenize(string text, IReadOnlyList<int> sentenceStarts)
    {
        // News text has about one token in five characters: made room for one in four, the list rarely grows (its copies were
        // about 90 MB of a 2,000-article build's extraction).
        var tokens = new List<Token>(text.Length / 4 + 4);
        var nextSentence = 0;
        var sentenceOpen = false;
        var i = 0;
        while (i < text.Length)
        {
            while (nextSentence < sentenceStarts.Count && sentenceStarts[nextSentence] <= i) { nextSentence++; sentenceOpen = true; }
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(Mark(c), i, false, false, false));
                i++;
                continue;
            }
            var start = i;
            var end = WordEnd(text, i);
            var possessive = false;
            if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && (end + 2 >= text.Length || !char.IsLetter(text[end + 2])))
                possessive = true;
            // "W/ro Almaz", "W/t Hana": an Amharic courtesy title abbreviated with a slash is one word.
            if (!possessive && end == start + 1 && char.IsUpper(text[start]) && SlashAbbreviation(text, end) is { } slashEnd) end = slashEnd;
            var word = text[start..end];
            var next = possessive ? end + 2 : end;
            if (!possessive && end < text.Length && text[end] == '.' && IsAbbreviation(text, start, end, word))
            {
                end++;
                while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] == '.' && (end + 2 >= text.Length || !char.IsLetter(text[end + 2])))
                    end += 2;
                word = text[start..end];
                next = end;
            }
            tokens.Add(new Token(word, start, true, possessive, sentenceOpen));
            sentenceOpen = false;
            i = next;
        }
        return tokens;
    }

    // A string per punctuation mark rather than one per occurrence (ASCII and the General Punctuation block: dashes, curly quotes).
    private static readonly string?[] marks = new string?[0x2070];

    private static string Mark(char c)
    {
        if (c >= marks.Length) return c.ToString();
        return marks[c] ??= c.ToString();
    }

    /// <summary>The end of "/ro" after a capital letter: a slash, one to three lower-case letters, then a space.</summary>
    private static int? SlashAbbreviation(string text, int at)
    {
        if (at + 2 >= text.Length || text[at] != '/') return null;
        var end = at + 1;
        while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
        return end - at - 1 is >= 1 and <= 3 && end < text.Length && text[end] == ' ' ? end : null;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
            // An apostrophe inside a name (O'Brien, d'Ivoire) but not a possessive 's.
            if (c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !(text[i + 1] == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
            { i++; continue; }
            break;
        }
        return i;
    }

    private bool IsAbbreviation(string text, int start, int end, string word)
    {
        if (word.Length == 1 && char.IsUpper(word[0])) return true;                               // "U." of U.S., an initial "J."
        if (end + 2 < text.Length && char.IsUpper(text[end + 1]) && text[end + 2] == '.') return true;  // "U.S" continued
        return abbreviations.Contains(word + ".");
    }
}
