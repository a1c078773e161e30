using System.Buffers;
using System.Collections.Concurrent;
using BriefingSite.Incremental;
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

    /// <param name="outputDir">The output folder.</param>
    /// <param name="files">Every file of the new site, kept ones included.</param>
    /// <param name="present">
    /// The folder's files as stamped when the build started (see <see cref="OutputStamps"/>): the stale ones are found among
    /// them instead of listing the folder again. Null lists it. A file someone else adds during the build is then left for the
    /// next build, which stamps the folder anew.
    /// </param>
    public static WriteSummary Run(string outputDir, IReadOnlyList<OutputFile> files, OutputStamps? present = null)
    {
        var root = Path.GetFullPath(outputDir);
        Directory.CreateDirectory(root);
        // Paths are checked before anything is written: an unsafe path leaves the folder untouched. A checked relative path
        // stays inside the folder, so only the files to write need their full path.
        foreach (var f in files) Check(f.RelativePath);
        var kept = files.Count(f => f.Kept);
        // Deferred pages are rendered here, one per file as it is written; files are independent, so this runs in parallel.
        // They are handed out one at a time: in path order the few costly pages of a small rebuild (the large actors' pages,
        // the API files) sit side by side, and a range split gave them all to one core.
        var toWrite = files.Where(f => !f.Kept).ToList();
        var stamped = present is { HasLink: false } ? present : null;
        var folders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var written = Partitioner.Create(toWrite, loadBalance: true).AsParallel().AsOrdered()
            .Where(f => Write(SafePath(root, f.RelativePath), f.Content, stamped?.Find(f.RelativePath), stamped is not null, folders))
            .Select(f => f.RelativePath).ToList();
        var wanted = new HashSet<string>(files.Select(f => f.RelativePath), StringComparer.Ordinal);
        var removed = RemoveStale(root, wanted, present is { HasLink: false } ? present.Paths : null);
        return new WriteSummary(written.Count, files.Count - written.Count, removed.Count) { NotRendered = kept, WrittenPaths = written, RemovedPaths = removed };
    }

    /// <summary>Resolves a relative output path, refusing anything that would land outside the output folder.</summary>
    public static string SafePath(string root, string relative)
    {
        Check(relative);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: '{relative}'");
        return full;
    }

    /// <summary>Refuses a path that is absolute, uses another separator or a drive, or has an empty, '.' or '..' part.</summary>
    private static void Check(string relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.StartsWith('/') || relative.Contains('\\') || relative.Contains(':')
            || relative.Split('/').Any(p => p is "" or "." or ".."))
            throw new InvalidOperationException($"refusing to write unsafe output path '{relative}'");
    }

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly it; true when it wrote.</summary>
    /// <param name="stamp">The file's stamp when the build started, if it had one.</param>
    /// <param name="stamped">Whether the folder was stamped: a file without a stamp was not there, one of another size differs.</param>
    /// <param name="folders">Folders this writer made or wrote into: a new page's folder is made once, not asked for per file.</param>
    private static bool Write(string full, byte[] content, FileStamp? stamp, bool stamped, ConcurrentDictionary<string, bool> folders)
    {
        // A clean build asks nothing of the disk before writing: each question is a system call, 35,000 of them on a large site.
        if ((!stamped || stamp?.Size == content.Length) && SameBytes(full, content)) return false;
        var folder = Path.GetDirectoryName(full)!;
        if (!folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            folders.TryAdd(folder, true);
        }
        var temp = full + ".tmp-briefing";
        try
        {
            FreshFile.Write(temp, content);
        }
        catch (DirectoryNotFoundException)
        {
            // Removed by someone else since it was made.
            Directory.CreateDirectory(folder);
            FreshFile.Write(temp, content);
        }
        File.Move(temp, full, overwrite: true);
        return true;
    }

    /// <summary>Compares in pooled chunks: the large files of a large site (API lists, indexes) are never read whole.</summary>
    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != content.Length) return false;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, 1 << 16));
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            for (var offset = 0; offset < content.Length;)
            {
                var read = file.Read(buffer, 0, Math.Min(buffer.Length, content.Length - offset));
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read))) return false;
                offset += read;
            }
            return file.ReadByte() == -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <param name="root">The output folder's full path.</param>
    /// <param name="wanted">The relative paths of the new site's files.</param>
    /// <param name="present">The relative paths of the files the folder held, or null to list them.</param>
    private static List<string> RemoveStale(string root, HashSet<string> wanted, IEnumerable<string>? present)
    {
        var removed = new List<string>();
        // Only folders that lost a file can have become empty: a large site has a folder per page, too many to look into.
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        present ??= Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToList();
        foreach (var relative in present.Where(p => !wanted.Contains(p) && !Keep.Contains(p)).Order(StringComparer.Ordinal).ToList())
        {
            var file = Path.Combine(root, relative);
            if (!File.Exists(file)) continue;
            File.Delete(file);
            removed.Add(relative);
            for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > root.Length && emptied.Add(dir); dir = Path.GetDirectoryName(dir)) { }
        }
        foreach (var dir in emptied.OrderByDescending(d => d.Length).ThenBy(d => d, StringComparer.Ordinal))
            if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        return removed;
    }
}
