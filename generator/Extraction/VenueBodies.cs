using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// "The meeting, set for March 11 at the African Union Commission headquarters", "held talks at Eritrea's foreign
/// ministry", "signed the text at the foreign ministry in Jakarta": a body named only as the place where something
/// happens is a place, not an actor (a country's body by its capitalized name, "at the Cypriot Foreign Ministry", is not
/// taken for a place). A body the article names anywhere else as itself stays an actor, every mention.
/// </summary>
public sealed class VenueBodies(Knowledge k)
{
    /// <summary>Nouns for a body's premises: "at the X headquarters".</summary>
    private static readonly HashSet<string> Premises = new(StringComparer.Ordinal) { "headquarters", "HQ", "building", "compound", "premises" };

    public List<ActorMention> Apply(List<ActorMention> mentions, List<List<Token>> tokenized)
    {
        var venues = new HashSet<ActorMention>();
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Kind == ActorKind.Organization))
        {
            if (Venue(m, tokenized[m.Paragraph])) venues.Add(m);
            else others.Add(m.Key);
        }
        if (venues.Count == 0) return mentions;
        return mentions.Where(m => !venues.Contains(m) || others.Contains(m.Key)).ToList();
    }

    private bool Venue(ActorMention m, List<Token> tokens)
    {
        var first = tokens.FindIndex(t => t.Start == m.Start);
        var last = tokens.FindIndex(t => t.End == m.Start + m.Length);
        if (first < 0 || last < first) return false;
        var next = last + 1 < tokens.Count ? tokens[last + 1] : (Token?)null;
        var premises = next is { } n && !tokens[last].Possessive && Premises.Contains(n.Text);
        // A country's own body written in lower case ("the foreign ministry", "Eritrea's foreign ministry") is a place
        // after "at" as it is; a body named by its capitalized name ("at the Cypriot Foreign Ministry in Nicosia") is itself.
        var countryBody = tokens[first].IsLower && k.GovernmentBodies.Match(tokens, first) is { } body && first + body.Count - 1 == last;
        if (!premises && !countryBody) return false;
        var at = first - 1;
        // "at Eritrea's foreign ministry", "at the Eritrean foreign ministry": the country's name before the body.
        if (at >= 0 && CountryEndingAt(tokens, at) is { } country) at = country - 1;
        if (at >= 0 && tokens[at].Text is "the") at--;
        if (at >= 0 && CountryEndingAt(tokens, at) is { } afterThe && !tokens[at].Possessive) at = afterThe - 1;
        return at >= 0 && tokens[at].Is("at");
    }

    /// <summary>The first token of a country's name or demonym that ends at <paramref name="last"/>.</summary>
    private int? CountryEndingAt(List<Token> tokens, int last)
    {
        for (var j = last; j >= 0 && j >= last - 3; j--)
            if (k.Names.Match(tokens, j) is { Name.Kind: ActorKind.Country } c && j + c.Count - 1 == last) return j;
        return null;
    }
}
