using System.Collections.Immutable;

namespace BriefingSite.Model;

/// <summary>A paragraph of an article as a reader sees it: plain text (typographic quotes applied) split into sentences.</summary>
public sealed record DocParagraph(int Index, string Text, ImmutableArray<DocSentence> Sentences, bool IsHeading)
{
    public string Id => "p-" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The sentence containing the character at <paramref name="offset"/>.</summary>
    public DocSentence SentenceAt(int offset)
    {
        foreach (var s in Sentences)
            if (offset < s.Start + s.Length) return s;
        return Sentences[^1];
    }
}
