using System.IO.Enumeration;

namespace BriefingSite.Incremental;

/// <summary>
/// The output folder's files as one pass of directory entries found them when the build started, brought up to date with
/// what the build then wrote and removed. Deciding that a kept page's file is still as the last build left it, recording
/// the pages and stamping the output for the next no-change check then read this instead of looking up tens of thousands
/// of files one by one, three times over. A file changed by someone else during the build only makes the next build see
/// a change, never miss one: the stamps it checks are taken again then.
/// </summary>
public sealed class OutputStamps
{
    private readonly string root;
    private readonly Dictionary<string, FileStamp> files;

    private OutputStamps(string root, Dictionary<string, FileStamp> files, bool hasLink)
    {
        this.root = root;
        this.files = files;
        HasLink = hasLink;
    }

    /// <summary>True when the folder held a symbolic link: its target may change without it, so the folder cannot be trusted by stamps.</summary>
    public bool HasLink { get; }

    public static OutputStamps Take(string outputDir)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var hasLink = false;
        foreach (var (link, stamp) in TreeSnapshot.Entries(root))
        {
            if (link) hasLink = true;
            else files[stamp.Path] = stamp;
        }
        return new OutputStamps(root, files, hasLink);
    }

    /// <summary>The stamp of a regular file at <paramref name="relativePath"/> (with '/'), or null when there is none.</summary>
    public FileStamp? Find(string relativePath) => files.TryGetValue(relativePath, out var s) ? s : null;

    /// <summary>The relative path ('/' separated) of every regular file stamped.</summary>
    public IEnumerable<string> Paths => files.Keys;

    /// <summary>Takes in what the build did: the files it wrote are stamped again, those it removed are gone.</summary>
    public void Update(IEnumerable<string> written, IEnumerable<string> removed)
    {
        foreach (var path in removed) files.Remove(path);
        foreach (var path in written)
        {
            var info = new FileInfo(Path.Combine(root, path));
            if (info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0)
                files[path] = new FileStamp(path, info.Length, info.LastWriteTimeUtc.Ticks);
            else files.Remove(path);
        }
    }

    /// <summary>Every stamp, sorted by path as <see cref="TreeSnapshot.Take"/> gives them; null when the folder held a link.</summary>
    public List<FileStamp>? Sorted() => HasLink ? null : files.Values.OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
}
