using System.IO.Enumeration;

namespace BriefingSite.Incremental;

/// <summary>Stamps of every file under a folder, sorted by path. Reads no file contents.</summary>
public static class TreeSnapshot
{
    /// <summary>
    /// The stamps, or null when the tree cannot be trusted by stamps alone: it holds a symbolic link (its target may change
    /// without the link changing). Whether a file changed too recently to be trusted is the caller's to ask (<see cref="IsRacy(FileStamp, DateTime)"/>).
    /// </summary>
    public static List<FileStamp>? Take(string root)
    {
        var result = new List<FileStamp>();
        foreach (var (link, stamp) in Entries(root))
        {
            if (link) return null;
            result.Add(stamp);
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    /// <summary>
    /// Every file and link under <paramref name="root"/> (none when it does not exist) with its path relative to it ('/'
    /// separated), in directory order. One pass of the directory entries: a file's size and time come from the entry itself,
    /// and a link shows in its attributes, so no file is looked up twice (a large output folder holds tens of thousands).
    /// </summary>
    internal static IEnumerable<(bool Link, FileStamp Stamp)> Entries(string root)
    {
        if (!Directory.Exists(root)) yield break;
        var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var entries = new FileSystemEnumerable<(bool Link, bool Directory, string Path, long Size, DateTime Modified)>(full,
            (ref FileSystemEntry e) => (
                (e.Attributes & FileAttributes.ReparsePoint) != 0,
                e.IsDirectory,
                e.ToFullPath(),
                e.IsDirectory ? 0 : e.Length,
                e.IsDirectory ? default : e.LastWriteTimeUtc.UtcDateTime),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false });
        foreach (var (link, directory, path, size, modified) in entries)
        {
            if (directory && !link) continue;
            yield return (link, new FileStamp(path[(full.Length + 1)..].Replace('\\', '/'), size, modified.Ticks));
        }
    }

    /// <summary>
    /// A file changed within one timestamp tick of the build's start might change again with the same stamp (like git's
    /// "racy" files). Whole-second stamps mean a coarse file system: then anything from the last two seconds is racy.
    /// </summary>
    public static bool IsRacy(FileStamp stamp, DateTime startedUtc) => IsRacy(new DateTime(stamp.ModifiedTicks, DateTimeKind.Utc), startedUtc);

    /// <inheritdoc cref="IsRacy(FileStamp, DateTime)"/>
    public static bool IsRacy(DateTime modifiedUtc, DateTime startedUtc)
    {
        var window = modifiedUtc.Ticks % TimeSpan.TicksPerSecond == 0 ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(50);
        return modifiedUtc >= startedUtc - window;
    }
}
