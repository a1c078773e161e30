namespace BriefingSite.Tests.Extraction;

/// <summary>
/// One example from Extraction/Cases/*.md: "=== name ===", the article text, then "--- expect" and lines
/// "actors: A | B" (the exact set of actor keys), "quote: Speaker Key :: start of quote" ("-" for a speaker who is
/// no actor) and "role: Key = Role".
/// </summary>
public sealed record ExtractionCase(string File, string Name, string Text, IReadOnlyList<string> Actors,
                                   IReadOnlyList<(string? Speaker, string Start)> Quotes, IReadOnlyList<(string Key, string Role)> Roles)
{
    public override string ToString() => $"{File}: {Name}";

    public static IEnumerable<ExtractionCase> Load(string folder)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Extraction", folder);
        foreach (var path in System.IO.Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var blocks = System.IO.File.ReadAllText(path).Replace("\r\n", "\n").Split("=== ", StringSplitOptions.RemoveEmptyEntries);
            foreach (var block in blocks)
            {
                var header = block.IndexOf(" ===\n", StringComparison.Ordinal);
                var name = block[..header];
                var body = block[(header + 5)..];
                var split = body.IndexOf("--- expect\n", StringComparison.Ordinal);
                var text = body[..split].Trim('\n') + "\n";
                var actors = new List<string>();
                var quotes = new List<(string?, string)>();
                var roles = new List<(string, string)>();
                foreach (var line in body[(split + 11)..].Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    var colon = line.IndexOf(':');
                    var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
                    if (key == "actors") actors.AddRange(value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    else if (key == "quote")
                    {
                        var parts = value.Split("::", 2, StringSplitOptions.TrimEntries);
                        quotes.Add((parts[0] == "-" ? null : parts[0], parts[1]));
                    }
                    else if (key == "role")
                    {
                        var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
                        roles.Add((parts[0], parts[1]));
                    }
                }
                yield return new ExtractionCase(file, name, text, actors, quotes, roles);
            }
        }
    }
}
