namespace BriefingSite.Incremental;

/// <summary>Stamps of every file under a folder, sorted by path. Reads no file contents.</summary>
public static class TreeSnapshot
{
    /// <summary>
    /// The stamps, or null when the tree cannot be trusted by stamps alone: a symbolic link (its target may change
    /// without the link changing) or a file modified so recently before <paramref name="startedUtc"/> that a second change could keep the same stamp
    /// (pass null for files the build wrote itself).
    /// </summary>
    public static List<FileStamp>? Take(string root, DateTime? startedUtc)
    {
        var result = new List<FileStamp>();
        if (!Directory.Exists(root)) return result;
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            foreach (var entry in pending.Pop().EnumerateFileSystemInfos())
            {
                if (entry.LinkTarget is not null) return null;
                if (entry is DirectoryInfo dir) { pending.Push(dir); continue; }
                var file = (FileInfo)entry;
                var modified = file.LastWriteTimeUtc;
                if (startedUtc is { } started && IsRacy(modified, started)) return null;
                result.Add(new FileStamp(Path.GetRelativePath(root, file.FullName).Replace('\\', '/'), file.Length, modified.Ticks));
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    /// <summary>
    /// A file changed within one timestamp tick of the build's start might change again with the same stamp (like git's
    /// "racy" files). Whole-second stamps mean a coarse file system: then anything from the last two seconds is racy.
    /// </summary>
    public static bool IsRacy(DateTime modifiedUtc, DateTime startedUtc)
    {
        var window = modifiedUtc.Ticks % TimeSpan.TicksPerSecond == 0 ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(50);
        return modifiedUtc >= startedUtc - window;
    }
}
