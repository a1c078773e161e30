using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Wire copy that gathers comments ("INSTANT VIEW", "MARKET VIEW") puts each commenter in a line of capitals ending with
/// a colon, over the quoted paragraph of her or his words: "JANE ROE, CHIEF ECONOMIST, NORTHWIND BANK, OSLO:". The
/// fields are the person's name, the title, the organization and the city; the city may be left out, and the title may
/// take two fields. The marker names the person (with the title as role) and the organization, and the quoted paragraph
/// after it is the person's (<see cref="QuoteExtractor"/>).
/// </summary>
public sealed class CommentMarkers(Knowledge k)
{
    public sealed record Marker(int Paragraph, IReadOnlyList<string> Name, int NameStart, int NameEnd, string Role, string? Organization, int OrganizationStart, int OrganizationEnd);

    private static readonly HashSet<string> LowerWords = new(StringComparer.Ordinal) { "of", "on", "for", "and", "the", "in", "at", "de", "des", "du", "la", "le", "del", "der", "für" };

    public IEnumerable<Marker> Find(IReadOnlyList<string> paragraphs, List<List<Token>> tokenized)
    {
        for (var p = 0; p + 1 < paragraphs.Count; p++)
        {
            var text = paragraphs[p].TrimEnd();
            if (!Shape(text) || !QuoteSpans.Find(paragraphs[p + 1].TrimStart()).Exists(q => q.Open == 0)) continue;
            var fields = Fields(text[..^1]);
            if (fields.Count is < 3 or > 5) continue;
            var name = Words(fields[0].Text);
            if (name.Count is < 2 or > 4 || !name.All(IsNameWord)) continue;
            // "NAME, TITLE, ORGANIZATION, CITY:" — or, without the city, "NAME, TITLE, ORGANIZATION:".
            var org = fields.Count >= 4 || !IsPlace(fields[2].Text) ? fields.Count >= 4 ? fields.Count - 2 : 2 : -1;
            var titleEnd = org < 0 ? fields.Count - 1 : org;
            var role = string.Join(", ", fields.Skip(1).Take(titleEnd - 1).Select(f => Cased(f.Text)));
            if (!fields.Skip(1).Take(titleEnd - 1).All(f => Words(f.Text).Any(IsTitleWord))) continue;
            string? organization = null;
            if (org > 0) organization = KnownName(fields[org].Text) ?? Cased(fields[org].Text);
            yield return new Marker(p, name.Select(Capitalized).ToList(), fields[0].Start, fields[0].Start + fields[0].Text.Length, role,
                organization, org > 0 ? fields[org].Start : 0, org > 0 ? fields[org].Start + fields[org].Text.Length : 0);
        }
    }

    /// <summary>A paragraph of one line in capitals ending with its only colon, with commas between its fields.</summary>
    public static bool Shape(string text)
    {
        text = text.TrimEnd();
        return text.Length is > 10 and < 200 && text[^1] == ':' && text.IndexOf(':') == text.Length - 1 && text.Contains(',')
               && text.Any(char.IsLetter) && !text.Any(char.IsLower) && !text.Contains('\n');
    }

    /// <summary>The comma-separated fields, each trimmed, with where it starts.</summary>
    private static List<(string Text, int Start)> Fields(string text)
    {
        var fields = new List<(string, int)>();
        var start = 0;
        foreach (var part in text.Split(','))
        {
            var lead = part.Length - part.TrimStart().Length;
            if (part.Trim().Length > 0) fields.Add((part.Trim(), start + lead));
            start += part.Length + 1;
        }
        return fields;
    }

    private static List<string> Words(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private bool IsNameWord(string word)
    {
        var cased = NameText.TitleCased(word);
        return word.Count(char.IsLetter) >= 2 && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '.')
               && !k.FunctionWords.Contains(cased) && !k.RoleWords.Contains(cased) && !k.RoleNouns.Contains(word.ToLowerInvariant())
               && !k.Honorifics.Contains(cased) && !k.GenericNouns.Contains(cased) && !k.Names.Contains(cased);
    }

    private bool IsTitleWord(string word) => k.RoleWords.Contains(NameText.TitleCased(word)) || k.RoleNouns.Contains(word.ToLowerInvariant()) || TitleNouns.Contains(word);

    /// <summary>Words of job titles that are no office of state: an analyst's, a banker's, a scholar's.</summary>
    private static readonly HashSet<string> TitleNouns = new(StringComparer.Ordinal)
    {
        "HEAD", "DIRECTOR", "ECONOMIST", "ANALYST", "STRATEGIST", "FELLOW", "PROFESSOR", "RESEARCHER", "PARTNER", "MANAGER",
        "OFFICER", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "PRESIDENT", "FOUNDER", "ADVISER", "ADVISOR", "LECTURER", "EXECUTIVE", "CEO", "CIO", "CFO",
    };

    /// <summary>"PARIS", "NEW YORK": a city or a country closing the marker.</summary>
    private bool IsPlace(string field)
    {
        var cased = string.Join(' ', Words(field).Select(NameText.TitleCased));
        return k.Capitals.Values.Contains(cased, StringComparer.Ordinal) || k.NonNameWords.Contains(cased)
               || k.Names.Match(k.Tokenizer.Tokenize(cased, []), 0) is { Name.Kind: ActorKind.Country } country && country.Count == Words(field).Count;
    }

    /// <summary>A known organization written in capitals ("IMF", "WORLD BANK"), by its known key.</summary>
    private string? KnownName(string field)
    {
        foreach (var form in new[] { field, Cased(field) })
        {
            var tokens = k.Tokenizer.Tokenize(form, []);
            if (tokens.Count > 0 && k.Names.Match(tokens, 0) is { Name.Kind: ActorKind.Organization } known && known.Count == tokens.Count) return known.Name.Key;
        }
        return null;
    }

    /// <summary>"EUROPEAN COUNCIL ON FOREIGN RELATIONS" as "European Council on Foreign Relations"; a short acronym ("UBS") stays in capitals.</summary>
    private static string Cased(string field)
    {
        var words = Words(field);
        if (words.Count == 1 && words[0].Length <= 4) return words[0];
        return string.Join(' ', words.Select((w, i) => i > 0 && LowerWords.Contains(w.ToLowerInvariant()) ? w.ToLowerInvariant() : Capitalized(w)));
    }

    /// <summary>"JEAN-CLAUDE" as "Jean-Claude", "O'BRIEN" as "O'Brien".</summary>
    private static string Capitalized(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '-' || chars[i - 1] == '\'' && i == 2) chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
