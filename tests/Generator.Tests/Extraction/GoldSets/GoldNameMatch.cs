using System.Text.RegularExpressions;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>
/// Whether a found actor is the actor a gold name means. Gold names are Wikipedia titles, some with a parenthesized
/// disambiguator ("Georgia (country)", "Liberal Democrats (UK)", "Ministry of Foreign Affairs (Russia)"); the found
/// actor matches when the slug of the gold name is the slug of its name or of an alias, or, for a disambiguated name,
/// when it carries the name without the disambiguator (or "Name of Place") and its kind is the one the disambiguator
/// says: "(country)" a country, a place ("(UK)", "(Russia)") or an organization's word ("(company)") an organization,
/// any other word ("(politician)") a person.
/// </summary>
public static partial class GoldNameMatch
{
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.Ordinal)
    {
        "company", "organization", "organisation", "party", "agency", "newspaper", "magazine", "broadcaster", "airline",
        "news agency", "political party", "website", "court", "band",
    };

    public static bool Matches(string goldName, Actor actor)
    {
        var names = Names(actor);
        if (names.Contains(Slugger.Slugify(goldName))) return true;
        if (Disambiguated().Match(goldName) is not { Success: true } m) return false;
        var name = Slugger.Slugify(m.Groups["name"].Value.Trim());
        var what = m.Groups["what"].Value.Trim();
        if (actor.Kind != KindOf(what)) return false;
        if (!char.IsUpper(what[0])) return names.Contains(name);
        // A place: the bare name must be the actor's own name, or an alias of an actor of that place ("Ministry of
        // Defence of Chile" also called "Ministry of National Defense"), never a body of another place that shares it.
        var place = Slugger.Slugify(what);
        var own = Slugger.Slugify(actor.Name);
        return own == name || names.Contains(Slugger.Slugify($"{m.Groups["name"].Value.Trim()} of {what}"))
               || names.Contains(name) && $"-{own}-".Contains($"-{place}-", StringComparison.Ordinal);
    }

    /// <summary>The slugs a found actor answers to: its slug, its name's and its aliases'.</summary>
    public static HashSet<string> Names(Actor actor) =>
        [actor.Slug, Slugger.Slugify(actor.Name), .. actor.Aliases.Select(a => Slugger.Slugify(a))];

    private static ActorKind KindOf(string disambiguator) =>
        disambiguator.Equals("country", StringComparison.Ordinal) ? ActorKind.Country
        : OrganizationWords.Contains(disambiguator) || char.IsUpper(disambiguator[0]) ? ActorKind.Organization
        : ActorKind.Person;

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<what>[^()]+)\)$")]
    private static partial Regex Disambiguated();
}
