using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Publishing;

/// <summary>Reads a built site back from the output folder, for commands that look at what was published (check).</summary>
public static class OutputFolder
{
    public static ImmutableArray<OutputFile>? Read(string outputDir)
    {
        var root = Path.GetFullPath(outputDir);
        if (!Directory.Exists(root)) return null;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".tmp-briefing", StringComparison.Ordinal))
            .Select(f => new OutputFile(Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
