using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingSite.Cli;
using BriefingSite.Normalize;

namespace BriefingSite.Incremental;

/// <summary>
/// Every article of the last build into one output folder, in one binary file of the cache folder: each file's stamp,
/// what the build printed about it, its normalized article and its facts. A file whose stamp is still the one recorded,
/// and was already old when that build started, need not be read again. The file ends with the SHA-256 of what precedes
/// it; a missing, corrupt, foreign (other program, content folder or layout) or unreadable snapshot is an empty one.
/// </summary>
public sealed class ArticleSnapshot
{
    private const string Magic = "briefing-article-snapshot";
    private const int Layout = 1;
    private const int HashBytes = 32;

    private readonly string path;
    private readonly string key;
    private readonly Dictionary<string, SnapshotEntry> entries;
    private readonly DateTime recordedStartUtc;

    private ArticleSnapshot(string path, string key, Dictionary<string, SnapshotEntry> entries, DateTime recordedStartUtc)
    {
        this.path = path;
        this.key = key;
        this.entries = entries;
        this.recordedStartUtc = recordedStartUtc;
    }

    /// <summary>The entries recorded for this output folder, when they were made by this program from this content folder.</summary>
    public static ArticleSnapshot Open(string cacheDir, BuildOptions options)
    {
        // The content folder as typed matters too: diagnostics and articles name files by it.
        var key = CacheFolder.Hash("article-snapshot", Layout.ToString(CultureInfo.InvariantCulture), CacheFolder.ProgramId,
            ArticleNormalizer.Version.ToString(CultureInfo.InvariantCulture), Path.GetFullPath(options.ContentDir), options.ContentDir);
        var path = Path.Combine(cacheDir, "snapshots", CacheFolder.Hash(Path.GetFullPath(options.OutputDir)) + ".bin");
        var entries = new Dictionary<string, SnapshotEntry>(StringComparer.Ordinal);
        var started = DateTime.MinValue;
        try
        {
            if (File.Exists(path) && Read(File.ReadAllBytes(path), key, entries) is { } recorded) started = recorded;
            else entries.Clear();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
                                   or OverflowException or ArgumentException or DecoderFallbackException)
        {
            entries.Clear(); // a snapshot that cannot be read only means every article is read
        }
        return new ArticleSnapshot(path, key, entries, started);
    }

    public int Count => entries.Count;

    /// <summary>
    /// True when the file is the one recorded: same size and modification time, and modified clearly before the
    /// recording build started, so that no later write can have kept the same stamp (git's "racy clean" files).
    /// </summary>
    public bool Unchanged(FileStamp stamp) =>
        entries.TryGetValue(stamp.Path, out var e) && e.Stamp == stamp
        && !TreeSnapshot.IsRacy(new DateTime(stamp.ModifiedTicks, DateTimeKind.Utc), recordedStartUtc);

    public SnapshotEntry? Find(string relativePath) => entries.GetValueOrDefault(relativePath);

    /// <summary>
    /// Replaces the snapshot with <paramref name="current"/> (sorted by path), recorded as of <paramref name="startedUtc"/>:
    /// the time this build started, before it took any stamp or read any file.
    /// </summary>
    public void Save(IReadOnlyList<SnapshotEntry> current, DateTime startedUtc)
    {
        try
        {
            CacheFolder.WriteAtomically(path, file => Write(file, current, startedUtc));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Only the next build's shortcut is lost.
        }
    }

    /// <summary>Writes in chunks of about a megabyte, hashing each: the whole snapshot is never held in memory.</summary>
    private void Write(Stream file, IReadOnlyList<SnapshotEntry> current, DateTime startedUtc)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var chunk = new MemoryStream();
        using var w = new BinaryWriter(chunk, Encoding.UTF8, leaveOpen: true);
        void Flush()
        {
            w.Flush();
            var bytes = chunk.GetBuffer().AsSpan(0, (int)chunk.Length);
            hash.AppendData(bytes);
            file.Write(bytes);
            chunk.SetLength(0);
        }
        w.Write(Magic);
        w.Write7BitEncodedInt(Layout);
        w.Write(key);
        w.Write(startedUtc.Ticks);
        w.Write7BitEncodedInt(current.Count);
        var writer = new SnapshotWriter(w);
        foreach (var e in current)
        {
            writer.Entry(e);
            if (chunk.Length >= 1 << 20) Flush();
        }
        Flush();
        file.Write(hash.GetHashAndReset());
    }

    /// <summary>Fills <paramref name="into"/> and returns the recording build's start, or returns null for a snapshot of another key.</summary>
    private static DateTime? Read(byte[] bytes, string key, Dictionary<string, SnapshotEntry> into)
    {
        var length = bytes.Length - HashBytes;
        if (length <= 0 || !SHA256.HashData(bytes.AsSpan(0, length)).AsSpan().SequenceEqual(bytes.AsSpan(length))) return null;
        var r = new SnapshotReader(bytes, 0, length);
        if (r.Utf8() != Magic || r.Int() != Layout || r.Utf8() != key) return null;
        var started = new DateTime(r.Long(), DateTimeKind.Utc);
        var count = r.Int();
        if (count < 0 || count > length) return null;
        for (var i = 0; i < count; i++)
        {
            var e = r.Entry();
            into[e.Stamp.Path] = e;
        }
        return r.AtEnd ? started : null;
    }
}
