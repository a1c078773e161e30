namespace BriefingSite.Extraction;

/// <summary>
/// A word or punctuation mark of a paragraph: characters [Start, Start+Text.Length) of its plain text.
/// <see cref="Possessive"/> marks a word followed by 's or ’s (not part of <see cref="Text"/>).
/// </summary>
public readonly record struct Token(string Text, int Start, bool IsWord, bool Possessive, bool SentenceInitial)
{
    public int End => Start + Text.Length;
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);
    public bool IsLower => IsWord && char.IsLower(Text[0]);
    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);
}
