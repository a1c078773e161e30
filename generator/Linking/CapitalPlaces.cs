using BriefingSite.Extraction;

namespace BriefingSite.Linking;

/// <summary>
/// Places written as a country's capital ("in the Belarusian capital") named as the city, for readers: an event's page
/// and data say "Minsk". Applied to merged events only; merging compares the places as the articles wrote them, so two
/// events a day apart in one city (one told as "the Ethiopian capital", one as "Addis Ababa") are not joined on that.
/// </summary>
public sealed class CapitalPlaces
{
    private readonly Dictionary<string, string> byDemonym = new(StringComparer.Ordinal);

    /// <summary>From the shipped country knowledge: each country's demonym to its capital.</summary>
    public CapitalPlaces(Knowledge knowledge)
    {
        foreach (var (country, demonym) in knowledge.Demonyms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (knowledge.Capitals.TryGetValue(country, out var capital)) byDemonym.TryAdd(demonym, capital);
    }

    /// <summary>The place with each "&lt;demonym&gt; capital" part named as the city; any other place as it is.</summary>
    public string? Name(string? place)
    {
        if (place is null || !place.Contains(" capital", StringComparison.Ordinal)) return place;
        var parts = place.Split(", ");
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].EndsWith(" capital", StringComparison.Ordinal) && byDemonym.TryGetValue(parts[i][..^" capital".Length], out var city))
                parts[i] = city;
        return string.Join(", ", parts.Distinct(StringComparer.Ordinal));
    }
}
