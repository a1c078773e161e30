using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// The names reference works file a country's institution under, added as aliases so other tools can match them:
/// "Ministry of Foreign Affairs of Peru" is also "Ministry of Foreign Affairs (Peru)", "U.S. House of Representatives"
/// is also "United States House of Representatives".
/// </summary>
public static class FilingNames
{
    /// <param name="countries">Every name and alias of the site's countries, to the country's name.</param>
    public static IEnumerable<string> Of(string name, ActorKind kind, IReadOnlyDictionary<string, string> countries)
    {
        if (kind != ActorKind.Organization) yield break;
        foreach (var prefix in (string[])["U.S. ", "US ", "U.S.A. "])
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
                yield return "United States " + name[prefix.Length..];
        // The first "of" whose rest is a country: "Ministry of Fisheries of the Republic of Moldova".
        for (var of = name.IndexOf(" of ", StringComparison.Ordinal); of > 0; of = name.IndexOf(" of ", of + 1, StringComparison.Ordinal))
        {
            var tail = name[(of + 4)..];
            if (tail.StartsWith("the ", StringComparison.Ordinal) && !countries.ContainsKey(tail)) tail = tail[4..];
            if (!countries.TryGetValue(tail, out var country)) continue;
            yield return $"{name[..of]} ({country})";
            yield break;
        }
    }
}
