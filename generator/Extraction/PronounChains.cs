namespace BriefingSite.Extraction;

/// <summary>
/// A sentence that opens with "He" or "She" goes on with the subject the pronoun stands for ("Lind testified. He
/// described Mr Varga as obsessed with costs. "...," he said.": Lind, not Varga, says it).
/// </summary>
internal static class PronounChains
{
    /// <summary>Whether the sentence starting at <paramref name="start"/> opens with the pronoun of that sex as its first word.</summary>
    public static bool Opens(string text, int start, bool she)
    {
        var word = she ? "She" : "He";
        var end = start + word.Length;
        return text.AsSpan(start).StartsWith(word, StringComparison.Ordinal) && (end == text.Length || !char.IsLetter(text[end]));
    }
}
