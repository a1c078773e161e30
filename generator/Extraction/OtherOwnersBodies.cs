using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "the General Assembly of Szeged County", "the Security Council of the Riverside Club": a known body's short form (its
/// name without its owner: "General Assembly" of "UN General Assembly") followed by "of" and another owner's name is that
/// owner's body, not the known one. An owner that is the known body's own ("the General Assembly of the United Nations")
/// or a country (CountryBodies reads "the Supreme Court of Ghana") keeps the usual reading.
/// </summary>
public static class OtherOwnersBodies
{
    public static bool Applies(Knowledge k, List<Token> tokens, int i, int count, KnownName name)
    {
        if (name.Kind != ActorKind.Organization || count < 2 || i + count + 1 >= tokens.Count) return false;
        var last = tokens[i + count - 1];
        var of = tokens[i + count];
        if (last.Possessive || !of.Is("of") || of.Start != last.End + 1) return false;
        var written = string.Join(' ', tokens.Skip(i).Take(count).Select(t => t.Text));
        if (!name.Key.EndsWith(" " + written, StringComparison.Ordinal)) return false;
        var owner = i + count + 1;
        if (tokens[owner].Text is "the" && owner + 1 < tokens.Count) owner++;
        return tokens[owner].IsCapitalized && k.Names.Match(tokens, owner) is not { Name.IsActor: true };
    }
}
