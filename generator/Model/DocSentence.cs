using System.Globalization;

namespace BriefingSite.Model;

/// <summary>
/// A sentence of an article paragraph: offsets into the paragraph's plain text, and the anchor id the article page gives it.
/// A usual sentence (<see cref="Of"/>) makes its text and id only when first asked for: a large site read back from the
/// snapshot holds hundreds of thousands of sentences, and most builds never show their text.
/// </summary>
public sealed record DocSentence
{
    private readonly string? paragraphText;
    private readonly int paragraph;
    private string? text;
    private string? id;

    /// <summary>A sentence with its own text and id.</summary>
    public DocSentence(int index, int start, int length, string text, string id)
    {
        Index = index;
        Start = start;
        Length = length;
        this.text = text;
        this.id = id;
    }

    private DocSentence(int paragraph, string paragraphText, int index, int start, int length)
    {
        this.paragraph = paragraph;
        this.paragraphText = paragraphText;
        Index = index;
        Start = start;
        Length = length;
    }

    /// <summary>The usual sentence: the text of paragraph <paramref name="paragraph"/> from <paramref name="start"/>, with id <see cref="IdOf"/>.</summary>
    public static DocSentence Of(int paragraph, string paragraphText, int index, int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, paragraphText.Length - length);
        return new DocSentence(paragraph, paragraphText, index, start, length);
    }

    public int Index { get; }
    public int Start { get; }
    public int Length { get; }

    // Two threads asking at once both make the same string: harmless.
    public string Text => text ??= paragraphText!.Substring(Start, Length);
    public string Id => id ??= IdOf(paragraph, Index);

    /// <summary>True when this is <see cref="Of"/>'s sentence number <paramref name="index"/> of <paramref name="p"/>: text and id need not be stored.</summary>
    public bool IsUsualIn(DocParagraph p, int index) =>
        paragraphText is not null ? ReferenceEquals(paragraphText, p.Text) && paragraph == p.Index && Index == index
            : Index == index && Start >= 0 && Length >= 0 && Start <= p.Text.Length - Length && Text.Length == Length
              && string.CompareOrdinal(p.Text, Start, Text, 0, Length) == 0 && Id == IdOf(p.Index, index);

    /// <summary>The anchor id of sentence <paramref name="sentence"/> of paragraph <paramref name="paragraph"/>: "s-3-1".</summary>
    public static string IdOf(int paragraph, int sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"s-{paragraph}-{sentence}");

    public bool Equals(DocSentence? other) =>
        other is not null && Index == other.Index && Start == other.Start && Length == other.Length && Text == other.Text && Id == other.Id;

    public override int GetHashCode() => HashCode.Combine(Index, Start, Length, Text, Id);
}
