namespace BriefingSite.Ingest;

/// <summary>
/// Where a path really leads once every symbolic link on the way is followed (like realpath(3)), so that a link
/// cannot smuggle a file from outside the content folder in, whether the link is the file itself or a folder above it.
/// </summary>
public static class FileSystemPaths
{
    private const int MaxLinkHops = 40;

    /// <summary>The absolute path with all links resolved, or null when a link loops or cannot be read.</summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var fsRoot = Path.GetPathRoot(full)!;
        var parts = new List<string>(Split(full[fsRoot.Length..]));
        var current = fsRoot;
        var hops = 0;
        var i = 0;
        while (i < parts.Count)
        {
            var part = parts[i++];
            if (part == ".") continue;
            if (part == "..") { current = Path.GetDirectoryName(current) ?? fsRoot; continue; }
            var next = Path.Combine(current, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
            if (target is null) { current = next; continue; }
            if (++hops > MaxLinkHops) return null;
            // The link's target replaces this part; what followed it is resolved against the target.
            var rest = parts.Skip(i).ToList();
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            parts = [.. Split(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target), .. rest];
            i = 0;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/>, links resolved, is <paramref name="realRoot"/> or lies below it.</summary>
    public static bool IsInside(string realRoot, string path)
    {
        var real = RealPath(path);
        if (real is null) return false;
        var prefix = realRoot.EndsWith(Path.DirectorySeparatorChar) ? realRoot : realRoot + Path.DirectorySeparatorChar;
        return real == realRoot || real.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
