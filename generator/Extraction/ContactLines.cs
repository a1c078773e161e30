using System.Text.RegularExpressions;
using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "Press contact: Ingrid Roe, Press Office, +47 22 00 00 00, press@example.no", "Ms Ana Roe, Head of Department: +31
/// (0)70 302 2336": a short line giving a telephone number or an e-mail address is a press contact, page furniture. A
/// person named only on such lines is no actor of the article.
/// </summary>
public static partial class ContactLines
{
    public static List<ActorMention> Apply(List<ActorMention> mentions, IReadOnlyList<string> paragraphs) => WithoutPersonsOnlyOn(mentions, paragraphs, OnContactLine);

    /// <summary>
    /// <paramref name="mentions"/> without the persons named only where <paramref name="furniture"/> (a paragraph, an offset in
    /// it) says a line of page furniture is: a contact's line here, a credits line (<see cref="CreditLines"/>).
    /// </summary>
    internal static List<ActorMention> WithoutPersonsOnlyOn(List<ActorMention> mentions, IReadOnlyList<string> paragraphs, Func<string, int, bool> furniture)
    {
        var onFurniture = mentions.Where(m => m.Kind == ActorKind.Person && furniture(paragraphs[m.Paragraph], m.Start)).ToList();
        if (onFurniture.Count == 0) return mentions;
        var elsewhere = mentions.Where(m => m.Kind == ActorKind.Person && !onFurniture.Contains(m)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        return mentions.Where(m => !onFurniture.Contains(m) || elsewhere.Contains(m.Key)).ToList();
    }

    private static bool OnContactLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        var line = text[start..(end < 0 ? text.Length : end)];
        return line.Length <= 200 && (Telephone().IsMatch(line) || Email().IsMatch(line));
    }

    [GeneratedRegex(@"(?:\+\d{1,3}|\(0\)|\bTel\.?:?)\s?[\d\s()/.-]{6,}\d")]
    private static partial Regex Telephone();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex Email();
}
