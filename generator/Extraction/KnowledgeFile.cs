using System.Reflection;
using BriefingSite.Ingest;

namespace BriefingSite.Extraction;

/// <summary>Reads one of the knowledge files shipped inside the program (generator/Data/*.yml).</summary>
internal static class KnowledgeFile
{
    public static (YamlNode Node, string Text) Read(string fileName)
    {
        var resource = "BriefingSite.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"knowledge file {resource} is not embedded");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        var (node, error, line) = YamlReader.Read(text);
        if (error is not null || node is null) throw new InvalidOperationException($"knowledge file {fileName}:{line}: {error}");
        return (node, text);
    }

    public static IEnumerable<string> Strings(YamlNode? node) => node switch
    {
        YamlSequence s => s.Items.OfType<YamlScalar>().Select(x => x.Value.Trim()).Where(v => v.Length > 0),
        YamlScalar { IsNull: false } x => [x.Value.Trim()],
        _ => [],
    };

    public static string? Text(YamlNode? node) => node is YamlScalar { IsNull: false } s ? s.Value.Trim() : null;
}
