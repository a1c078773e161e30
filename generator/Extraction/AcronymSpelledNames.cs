namespace BriefingSite.Extraction;

/// <summary>
/// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "Forces Démocratiques de Libération du Rwanda (FDLR)", "Harakat
/// Ahrar al-Sham, known as HAS,": a name in another language, its capitalized words joined by particles, whose words'
/// initials spell the acronym given right after it (in brackets or after "known as") is an organization's, whatever its
/// words (no English head noun such as "Movement" ends it). A name a title or honorific introduces, or that opens with a
/// given name, is left to the people found.
/// </summary>
public sealed class AcronymSpelledNames(Knowledge k)
{
    /// <summary>Lower-case words a body's name may hold between its capitalized ones ("of", "for", "and", "the").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "the", "on", "in" };

    public IEnumerable<PersonCandidate> Find(int paragraph, List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (AcronymAfter(tokens, i) is not { } acronym) continue;
            if (Start(tokens, i - 1, Letters(acronym)) is not { } first) continue;
            // "Kurdish Jama'at al-Islam (JAI)": a capitalized word before the spelled words makes a longer name ("The" opening the sentence does not).
            if (k.GivenNames.Contains(tokens[first].Text) || first > 0 && tokens[first - 1].IsCapitalized && tokens[first - 1].End + 1 == tokens[first].Start
                && !k.FunctionWords.Contains(tokens[first - 1].Text)) continue;
            if (first > 0 && (k.RoleWords.Contains(tokens[first - 1].Text) || k.Honorifics.Contains(tokens[first - 1].Text))) continue;
            // "Red Hat Enterprise Linux (RHEL)", "Internet Relay Chat (IRC)": an English name spelled by its acronym may be a
            // product's, a law's or a thing's; only a name in another language, joined by its particles ("al-", "wal-", "de"), is taken.
            if (!Enumerable.Range(first, i - first).Any(j => tokens[j].IsLower && k.NameParticles.Contains(tokens[j].Text))) continue;
            // A name the knowledge holds whole is matched as such.
            if (k.Names.Match(tokens, first) is { } known && known.Count == i - first) continue;
            yield return new PersonCandidate(tokens.Skip(first).Take(i - first).Select(t => t.Text).ToList(), null, paragraph,
                                             tokens[first].Start, tokens[i - 1].End, Model.ActorKind.Organization);
        }
    }

    /// <summary>The acronym that follows a name ending before <paramref name="at"/>: "(JNIM)" or ", known as JNIM".</summary>
    private static string? AcronymAfter(List<Token> tokens, int at)
    {
        if (tokens[at - 1].Possessive || !tokens[at - 1].IsCapitalized) return null;
        if (tokens[at].Is("(") && at + 2 < tokens.Count && tokens[at + 2].Is(")") && IsAcronym(tokens[at + 1].Text)) return tokens[at + 1].Text;
        if (tokens[at].Is(",") && at + 3 < tokens.Count && tokens[at + 1].Is("known") && tokens[at + 2].Is("as") && IsAcronym(tokens[at + 3].Text)
            && !tokens[at + 3].Possessive) return tokens[at + 3].Text;
        return null;
    }

    /// <summary>Three to eight letters, all capitals but perhaps one lower-case letter after the first ("AfCFTA").</summary>
    private static bool IsAcronym(string word) =>
        word.Length is >= 3 and <= 8 && word.All(char.IsLetter) && char.IsUpper(word[0]) && word.Count(char.IsLower) <= 1;

    private static string Letters(string acronym) => string.Concat(acronym.Where(char.IsUpper));

    /// <summary>
    /// The first token of the name ending at <paramref name="last"/> whose capitalized words' initials, read from the end,
    /// are the acronym's capitals; lower-case particles, connectors and hyphens between them carry no letter. Null when the
    /// words before do not spell it.
    /// </summary>
    private int? Start(List<Token> tokens, int last, string letters)
    {
        var left = letters.Length;
        var j = last;
        while (j >= 0)
        {
            var t = tokens[j];
            if (j < last && t.Possessive) return null;
            if (t.IsCapitalized)
            {
                if (char.ToUpperInvariant(t.Text[0]) != letters[left - 1]) return null;
                if (--left == 0) return j;
            }
            else if (!(t.Is("-") || t.IsLower && (k.NameParticles.Contains(t.Text) || Connectors.Contains(t.Text) || Glued(tokens, j)))) return null;
            if (j == 0 || tokens[j - 1].End != t.Start && tokens[j - 1].End + 1 != t.Start) return null;
            j--;
        }
        return null;
    }

    /// <summary>"Tehrik-i-Taliban": a short lower-case piece joined by hyphens on both sides.</summary>
    private static bool Glued(List<Token> tokens, int j) =>
        tokens[j].Text.Length <= 3 && j > 0 && j + 1 < tokens.Count && tokens[j - 1].Is("-") && tokens[j + 1].Is("-");
}
