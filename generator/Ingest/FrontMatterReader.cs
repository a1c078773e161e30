using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>Splits an article file into YAML front matter and body, and types the known keys.</summary>
public static class FrontMatterReader
{
    private static readonly string[] Known = ["title", "date", "source", "url", "author", "summary", "slug", "draft"];

    public static (RawArticle? Article, ImmutableArray<Diagnostic> Diagnostics) Read(ContentFile file, ArticleFormat format)
    {
        var diags = ImmutableArray.CreateBuilder<Diagnostic>();
        var text = file.Text;
        var at = new SourceSpan(file.DisplayPath);
        if (string.IsNullOrWhiteSpace(text))
        {
            diags.Add(Messages.EmptyArticle(at with { Line = 1 }));
            return (null, diags.ToImmutable());
        }
        if (!StartsWithFence(text)) return (new RawArticle(file, format, FrontMatter.Empty, text, 1), diags.ToImmutable());

        var lines = text.Split('\n');
        var close = -1;
        for (var i = 1; i < lines.Length; i++)
            if (lines[i].TrimEnd() is "---" or "...") { close = i; break; }
        if (close < 0)
        {
            diags.Add(Messages.FrontMatterUnclosed(at with { Line = 1 }));
            return (null, diags.ToImmutable());
        }
        var yaml = string.Join('\n', lines[1..close]);
        var body = string.Join('\n', lines[(close + 1)..]);
        var (node, error, errorLine) = YamlReader.Read(yaml, 2);
        if (error is not null)
        {
            // The parser may notice a problem only at the end of the block; point at the block's last line then.
            diags.Add(Messages.YamlInvalid(at with { Line = Math.Min(errorLine, Math.Max(close, 2)) }, error));
            return (null, diags.ToImmutable());
        }
        var meta = node switch
        {
            null => FrontMatter.Empty,
            YamlMapping m => Type(m, at, diags),
            _ => Fail(at with { Line = 2 }, diags),
        };
        if (string.IsNullOrWhiteSpace(body))
        {
            diags.Add(Messages.NoBody(at with { Line = close + 1 }));
            return (null, diags.ToImmutable());
        }
        if (diags.Any(d => d.IsError)) return (null, diags.ToImmutable());
        return (new RawArticle(file, format, meta with { Line = 1 }, body, close + 2), diags.ToImmutable());
    }

    private static bool StartsWithFence(string text)
    {
        var end = text.IndexOf('\n');
        return end > 0 && text[..end].TrimEnd() == "---";
    }

    private static FrontMatter Fail(SourceSpan at, ImmutableArray<Diagnostic>.Builder diags)
    {
        diags.Add(Messages.YamlInvalid(at, "front matter must be a list of 'key: value' lines"));
        return FrontMatter.Empty;
    }

    private static FrontMatter Type(YamlMapping map, SourceSpan at, ImmutableArray<Diagnostic>.Builder diags)
    {
        string? Text(string key)
        {
            var n = map[key];
            if (n is null || n is YamlScalar { IsNull: true }) return null;
            if (n is YamlScalar s) return FieldText.Clean(s.Value) is { Length: > 0 } clean ? clean : null;
            diags.Add(Messages.WrongType(at with { Line = n.Line }, key, "text"));
            return null;
        }

        foreach (var (key, _) in map.Entries)
            if (!Known.Contains(key.Value, StringComparer.Ordinal))
                diags.Add(Messages.UnknownKey(at with { Line = key.Line }, key.Value));

        PartialDate? date = null;
        if (Text("date") is { } dateText)
        {
            date = PartialDate.TryParseIso(dateText);
            if (date is null) diags.Add(Messages.InvalidDate(at with { Line = map["date"]!.Line }, dateText));
        }
        var draft = false;
        if (Text("draft") is { } draftText)
        {
            if (draftText is "true" or "True" or "yes") draft = true;
            else if (draftText is not ("false" or "False" or "no"))
                diags.Add(Messages.WrongType(at with { Line = map["draft"]!.Line }, "draft", "true or false"));
        }
        return new FrontMatter(Text("title"), date, Text("source"), Text("url"), Text("author"), Text("summary"), Text("slug"), draft);
    }
}
