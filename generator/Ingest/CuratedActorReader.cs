using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>
/// Reads <c>content/actors/*.yml</c>: one actor per file, or a list of them. Problems are diagnostics with the line:
/// an actor without a name, an unknown kind, an alias two curated actors both claim.
/// </summary>
public static class CuratedActorReader
{
    public static StageResult<ImmutableArray<CuratedActor>> Read(IEnumerable<ContentFile> files)
    {
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        var actors = new List<CuratedActor>();
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            var at = new SourceSpan(file.DisplayPath);
            var (node, error, line) = YamlReader.Read(file.Text);
            if (error is not null) { diags.Add(Messages.YamlInvalid(at with { Line = line }, error)); continue; }
            IEnumerable<YamlNode> entries = node switch { YamlSequence s => s.Items, null => [], _ => [node] };
            foreach (var entry in entries)
            {
                if (entry is not YamlMapping map) { diags.Add(Messages.ActorNotMapping(at with { Line = entry.Line })); continue; }
                if (ReadOne(map, at, diags) is { } actor) actors.Add(actor);
            }
        }
        // One alias, one actor: otherwise which page a name links to would depend on file order.
        var owner = new Dictionary<string, CuratedActor>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<CuratedActor>();
        foreach (var a in actors)
        {
            var clash = a.Names.Select(n => owner.TryGetValue(n, out var o) && o != a ? (n, o) : default).FirstOrDefault(x => x.o is not null);
            if (clash.o is not null) { diags.Add(Messages.ActorAliasClaimedTwice(a.Origin, clash.n, clash.o.Origin)); continue; }
            foreach (var n in a.Names) owner.TryAdd(n, a);
            kept.Add(a);
        }
        return new(kept.ToImmutableArray(), diags.ToImmutable());
    }

    private static CuratedActor? ReadOne(YamlMapping map, SourceSpan file, ImmutableArray<Diagnostic>.Builder diags)
    {
        var at = file with { Line = map.Line };
        string? Text(string key) => map[key] is YamlScalar { IsNull: false } s ? FieldText.Clean(s.Value) : null;
        var name = Text("name");
        if (string.IsNullOrWhiteSpace(name)) { diags.Add(Messages.ActorWithoutName(at)); return null; }
        var suppress = Text("suppress") is "true" or "yes";
        ActorKind? kind = Text("kind") switch
        {
            null => null,
            "person" => ActorKind.Person,
            "organization" or "organisation" => ActorKind.Organization,
            "country" => ActorKind.Country,
            var other => Unknown(other),
        };
        ActorKind? Unknown(string other)
        {
            diags.Add(Messages.ActorKindUnknown(file with { Line = map["kind"]!.Line }, other));
            return null;
        }
        if (kind is null && !suppress && Text("kind") is null) diags.Add(Messages.ActorKindMissing(at, name));
        if (kind is null && !suppress) return null;
        var aliases = map["aliases"] switch
        {
            YamlSequence s => s.Items.OfType<YamlScalar>().Select(x => x.Value.Trim()).Where(x => x.Length > 0),
            YamlScalar { IsNull: false } s => [s.Value.Trim()],
            _ => [],
        };
        var links = (map["links"] as YamlSequence)?.Items.Select(ReadLink).OfType<ActorLink>() ?? [];
        return new CuratedActor(name, kind, aliases.Distinct(StringComparer.Ordinal).ToImmutableArray(), Text("description"),
            links.ToImmutableArray(), suppress, at);
    }

    private static ActorLink? ReadLink(YamlNode node) => node switch
    {
        YamlScalar { IsNull: false } s => new ActorLink(s.Value.Trim(), s.Value.Trim()),
        YamlMapping m when m["url"] is YamlScalar u => new ActorLink((m["label"] as YamlScalar)?.Value.Trim() ?? u.Value.Trim(), u.Value.Trim()),
        _ => null,
    };
}
