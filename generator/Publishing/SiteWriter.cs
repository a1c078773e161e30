using BriefingSite.Model;

namespace BriefingSite.Publishing;

/// <summary>
/// The Publishing stage: makes the output folder hold exactly the new site. Only files whose bytes changed are
/// written, each through a temporary file and a rename so no reader ever sees half a file; files the new site
/// does not have are removed afterwards. Called only when the build had no errors.
/// </summary>
public static class SiteWriter
{
    /// <summary>Files in the output folder the writer never removes (kept so an empty folder can live in git).</summary>
    private static readonly HashSet<string> Keep = new(StringComparer.Ordinal) { ".gitkeep" };

    public static WriteSummary Run(string outputDir, IReadOnlyList<OutputFile> files)
    {
        var root = Path.GetFullPath(outputDir);
        Directory.CreateDirectory(root);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var written = 0;
        var unchanged = 0;
        var kept = 0;
        foreach (var file in files)
        {
            var full = SafePath(root, file.RelativePath);
            wanted.Add(full);
            if (file.Kept) { unchanged++; kept++; continue; }
            if (SameBytes(full, file.Content)) { unchanged++; continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temp = full + ".tmp-briefing";
            File.WriteAllBytes(temp, file.Content);
            File.Move(temp, full, overwrite: true);
            written++;
        }
        var removed = RemoveStale(root, wanted);
        return new WriteSummary(written, unchanged, removed) { NotRendered = kept };
    }

    /// <summary>Resolves a relative output path, refusing anything that would land outside the output folder.</summary>
    public static string SafePath(string root, string relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.StartsWith('/') || relative.Contains('\\') || relative.Contains(':')
            || relative.Split('/').Any(p => p is "" or "." or ".."))
            throw new InvalidOperationException($"refusing to write unsafe output path '{relative}'");
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: '{relative}'");
        return full;
    }

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static int RemoveStale(string root, HashSet<string> wanted)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList())
        {
            if (wanted.Contains(file) || Keep.Contains(Path.GetRelativePath(root, file))) continue;
            File.Delete(file);
            removed++;
        }
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        return removed;
    }
}
