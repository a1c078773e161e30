using System.Collections.Concurrent;
using System.Collections.Immutable;
using BriefingSite.Diagnostics;
using BriefingSite.Incremental;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>The Ingest stage: reads site.yml, articles/, actors/ and events/ from disk. The only stage besides Publishing that touches the file system.</summary>
public static class ContentReader
{
    private static readonly string[] ArticleExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];
    private static readonly string[] YamlExtensions = [".yml", ".yaml"];

    /// <summary>
    /// Reads the content folder. An article file that is no symbolic link (and lies under none) and for which
    /// <paramref name="unchanged"/> returns true, given its stamp before reading, is not read: it is listed in
    /// <see cref="ContentSet.UnreadArticles"/> instead, and the caller must know what it holds.
    /// </summary>
    public static StageResult<ContentSet?> Run(string contentDir, Predicate<FileStamp>? unchanged = null)
    {
        var root = Path.GetFullPath(contentDir);
        var display = DisplayRoot(contentDir);
        if (!Directory.Exists(root))
            return new(null, [Messages.ContentFolderMissing(contentDir)]);

        var diags = new DiagnosticBag();
        var siteFile = new[] { "site.yml", "site.yaml" }.Select(n => Path.Combine(root, n)).FirstOrDefault(File.Exists);
        if (siteFile is not null && !FileSystemPaths.IsInside(FileSystemPaths.RealPath(root) ?? root, siteFile))
        {
            diags.Add(Messages.LinkOutsideContent(new SourceSpan(Join(display, Path.GetFileName(siteFile)))));
            siteFile = null;
        }
        var siteContent = siteFile is null ? null : ReadFile(root, display, siteFile, diags);
        var (settings, siteDiags) = SiteSettingsReader.Read(siteContent, Join(display, "site.yml"));
        diags.AddRange(siteDiags);

        var linked = new HashSet<string>(StringComparer.Ordinal);
        var listedStamps = unchanged is null ? null : new Dictionary<string, FileStamp>(StringComparer.Ordinal);
        var articleFiles = ListFiles(root, display, "articles", ArticleExtensions, diags, linked, listedStamps);
        var raws = new ConcurrentBag<RawArticle>();
        var stamps = new ConcurrentBag<FileStamp>();
        var unread = new ConcurrentBag<string>();
        Parallel.ForEach(articleFiles, path =>
        {
            // A link is never trusted by its stamp: its target may change while the link stays the same (links have none).
            if (unchanged is not null && listedStamps!.TryGetValue(path, out var stamp))
            {
                stamps.Add(stamp);
                if (unchanged(stamp)) { unread.Add(stamp.Path); return; }
            }
            var file = ReadFile(root, display, path, diags);
            if (file is null) return;
            var (raw, fmDiags) = HtmlArticleReader.Apply(FrontMatterReader.Read(file, FormatOf(path)));
            diags.AddRange(fmDiags);
            if (raw is not null) raws.Add(raw);
        });

        var actorFiles = ListFiles(root, display, "actors", YamlExtensions, diags).Select(p => ReadFile(root, display, p, diags)).OfType<ContentFile>();
        var eventFiles = ListFiles(root, display, "events", YamlExtensions, diags).Select(p => ReadFile(root, display, p, diags)).OfType<ContentFile>();

        var set = new ContentSet(
            settings,
            raws.OrderBy(r => r.File.RelativePath, StringComparer.Ordinal).ToImmutableArray(),
            actorFiles.ToImmutableArray(),
            eventFiles.ToImmutableArray())
        {
            ArticleStamps = [.. stamps.OrderBy(s => s.Path, StringComparer.Ordinal)],
            UnreadArticles = [.. unread.Order(StringComparer.Ordinal)],
        };
        return new(set, diags.ToSortedArray());
    }

    public static ArticleFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => ArticleFormat.Markdown,
        ".html" or ".htm" => ArticleFormat.Html,
        _ => ArticleFormat.PlainText,
    };

    /// <summary>Diagnostics name files as the user wrote the content path ("content/articles/x.txt").</summary>
    private static string DisplayRoot(string contentDir)
    {
        var d = contentDir.Replace('\\', '/').TrimEnd('/');
        return d.Length == 0 ? "." : d;
    }

    private static string Join(string a, string b) => a == "." ? b : a + "/" + b;

    /// <summary>
    /// Files under <paramref name="sub"/> with one of the extensions; those reached through a symbolic link are also added to
    /// <paramref name="linked"/>, and the others' stamps (taken before reading) to <paramref name="stamps"/>. Each entry is
    /// asked of the file system once: a large site's listing had asked four more times per file (measured with strace on
    /// 10,000 articles: an lstat, a stat, a readlink and another lstat).
    /// </summary>
    private static List<string> ListFiles(string root, string display, string sub, string[] extensions, DiagnosticBag diags,
        HashSet<string>? linked = null, Dictionary<string, FileStamp>? stamps = null)
    {
        var dir = Path.Combine(root, sub);
        var result = new List<string>();
        if (!Directory.Exists(dir)) return result;
        var realRoot = FileSystemPaths.RealPath(root) ?? root;
        if (!FileSystemPaths.IsInside(realRoot, dir))
        {
            diags.Add(Messages.LinkOutsideContent(new SourceSpan(Join(display, sub))));
            return result;
        }
        // A folder reached twice (through a link back up the tree) is read once: links may not make the walk loop.
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, bool ViaLink)>();
        pending.Push((dir, new FileInfo(dir).LinkTarget is not null));
        while (pending.Count > 0)
        {
            var (current, viaLink) = pending.Pop();
            if (!visited.Add(FileSystemPaths.RealPath(current) ?? current)) continue;
            IEnumerable<FileSystemInfo> entries;
            try { entries = new DirectoryInfo(current).EnumerateFileSystemInfos().ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diags.Add(Messages.Unreadable(new SourceSpan(Join(display, Relative(root, current))), e.Message));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0 && entry.LinkTarget is not null;
                if (isLink && !FileSystemPaths.IsInside(realRoot, entry.FullName))
                {
                    diags.Add(Messages.LinkOutsideContent(new SourceSpan(Join(display, Relative(root, entry.FullName)))));
                    continue;
                }
                // A link to a folder is followed like a folder.
                if (entry is DirectoryInfo || (isLink && Directory.Exists(entry.FullName))) pending.Push((entry.FullName, viaLink || isLink));
                else if (extensions.Contains(entry.Extension.ToLowerInvariant(), StringComparer.Ordinal))
                {
                    result.Add(entry.FullName);
                    if (viaLink || isLink) linked?.Add(entry.FullName);
                    else if (stamps is not null && entry is FileInfo file && StampOf(root, file) is { } stamp) stamps[entry.FullName] = stamp;
                }
            }
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>The file's stamp as its listing found it, or null when it cannot be stat'ed (reading it then reports why).</summary>
    private static FileStamp? StampOf(string root, FileInfo file)
    {
        try
        {
            return file.Exists ? new FileStamp(Relative(root, file.FullName), file.Length, file.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

    /// <summary>Larger files are refused rather than read: no article comes near this, and memory stays bounded.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static ContentFile? ReadFile(string root, string display, string path, DiagnosticBag diags)
    {
        var rel = Relative(root, path);
        var shown = Join(display, rel);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                diags.Add(Messages.FileTooLarge(new SourceSpan(shown), info.Length, MaxFileBytes));
                return null;
            }
            // Pipes and devices report length 0; reading one could wait forever, and it holds no article anyway.
            bytes = info.Length == 0 ? [] : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diags.Add(Messages.Unreadable(new SourceSpan(shown), e.Message));
            return null;
        }
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            diags.Add(Messages.Undecodable(new SourceSpan(shown, decoded.Line), decoded.Error!));
            return null;
        }
        return new ContentFile(rel, shown, decoded.Text, TextDecoder.Hash(bytes));
    }
}
