using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Linking;

/// <summary>Reads <c>content/events/*.yml</c> into <see cref="CuratedEvent"/>s, reporting every problem with its line.</summary>
public static class CuratedEventReader
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "slug", "title", "date", "status", "place", "kind", "description", "actors", "aliases", "merge", "suppress",
    };

    public static StageResult<ImmutableArray<CuratedEvent>> Run(IEnumerable<ContentFile> files)
    {
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        var result = ImmutableArray.CreateBuilder<CuratedEvent>();
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            if (ReadOne(file, diags) is { } e) result.Add(e);
        return new(result.ToImmutable(), diags.ToImmutable());
    }

    private static CuratedEvent? ReadOne(ContentFile file, ImmutableArray<Diagnostic>.Builder diags)
    {
        var at = new SourceSpan(file.DisplayPath);
        var (node, error, line) = YamlReader.Read(file.Text);
        if (error is not null) { diags.Add(Messages.YamlInvalid(at with { Line = line }, error)); return null; }
        if (node is not YamlMapping map) { diags.Add(Messages.EventFileShape(at with { Line = 1 })); return null; }
        foreach (var entry in map.Entries.Where(e => !Keys.Contains(e.Key.Value)))
            diags.Add(Messages.UnknownKey(at with { Line = entry.Key.Line }, entry.Key.Value));

        string? Text(string key)
        {
            var n = map[key];
            if (n is null || n is YamlScalar { IsNull: true }) return null;
            if (n is YamlScalar s) return s.Value.Trim().Length > 0 ? s.Value.Trim() : null;
            diags.Add(Messages.WrongType(at with { Line = n.Line }, key, "text"));
            return null;
        }
        ImmutableArray<string> List(string key)
        {
            var n = map[key];
            if (n is null || n is YamlScalar { IsNull: true }) return [];
            if (n is YamlScalar s) return [s.Value.Trim()];
            if (n is YamlSequence seq && seq.Items.All(i => i is YamlScalar))
                return seq.Items.Cast<YamlScalar>().Select(i => i.Value.Trim()).Where(v => v.Length > 0).ToImmutableArray();
            diags.Add(Messages.WrongType(at with { Line = n.Line }, key, "a list of text"));
            return [];
        }
        int LineOf(string key) => map[key]?.Line ?? 1;

        var fileSlug = Slugger.Slugify(Path.GetFileNameWithoutExtension(file.RelativePath));
        var slug = Text("slug") is { } given ? Slugger.Slugify(given) : fileSlug;
        PartialDate? date = null;
        if (Text("date") is { } d)
        {
            date = PartialDate.TryParseIso(d);
            if (date is null) diags.Add(Messages.InvalidDate(at with { Line = LineOf("date") }, d));
        }
        EventStatus? status = null;
        if (Text("status") is { } st)
        {
            if (Enum.TryParse<EventStatus>(st, ignoreCase: true, out var parsed)) status = parsed;
            else diags.Add(Messages.EventStatusInvalid(at with { Line = LineOf("status") }, st));
        }
        var suppress = false;
        if (Text("suppress") is { } sup)
        {
            if (sup is "true" or "yes") suppress = true;
            else if (sup is not ("false" or "no")) diags.Add(Messages.WrongType(at with { Line = LineOf("suppress") }, "suppress", "true or false"));
        }
        return new CuratedEvent(slug, Text("title"), date, status, Text("place"), Text("kind"), Text("description"),
            List("actors").Select(a => Slugger.Slugify(a)).ToImmutableArray(), List("aliases"),
            List("merge").Select(m => Slugger.Slugify(m)).ToImmutableArray(), suppress, at with { Line = 1 });
    }
}
