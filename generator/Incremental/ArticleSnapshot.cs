using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using BriefingSite.Cli;
using BriefingSite.Normalize;

namespace BriefingSite.Incremental;

/// <summary>
/// Every article of the last build into one output folder, in binary files of the cache folder: each file's stamp,
/// what the build printed about it, its normalized article and its facts. A file whose stamp is still the one recorded,
/// and was already old when that build started, need not be read again. A build that changed few articles writes only
/// those (and the paths it dropped) to a delta file bound to the base file it amends; one that changed many rewrites the
/// base and drops the delta, so a build never rewrites tens of megabytes for one new article. Each file ends with an
/// XXH128 checksum of what precedes it: a check against damage, not tampering (the cache folder is the user's own); SHA-256
/// was 160 ms of CPU in reading a 10,000-article site's 74 MB snapshot (sampled profile of a rebuild). A missing,
/// corrupt, foreign (other program, content folder or layout) or unreadable base
/// is an empty snapshot, and such a delta (or one made for another base) is ignored, leaving the base's entries, which
/// are true of their own stamps.
/// </summary>
public sealed class ArticleSnapshot
{
    private const string Magic = "briefing-article-snapshot";
    private const string DeltaMagic = "briefing-article-snapshot-delta";
    private const int Layout = 3;
    private const int HashBytes = 16;

    private readonly string path;
    private readonly string key;
    private readonly Dictionary<string, SnapshotEntry> entries;
    // The entries of the base file as read, and its checksum: a delta is what differs from them.
    private readonly Dictionary<string, SnapshotEntry> baseEntries;
    private readonly byte[]? baseHash;
    private readonly DateTime recordedStartUtc;

    private ArticleSnapshot(string path, string key, Dictionary<string, SnapshotEntry> entries, Dictionary<string, SnapshotEntry> baseEntries,
        byte[]? baseHash, DateTime recordedStartUtc)
    {
        this.path = path;
        this.key = key;
        this.entries = entries;
        this.baseEntries = baseEntries;
        this.baseHash = baseHash;
        this.recordedStartUtc = recordedStartUtc;
    }

    private string DeltaPath => DeltaOf(path);

    /// <summary>The delta file that amends the base file at <paramref name="basePath"/>.</summary>
    private static string DeltaOf(string basePath) => Path.ChangeExtension(basePath, ".delta");

    /// <summary>The entries recorded for this output folder, when they were made by this program from this content folder.</summary>
    /// <param name="cacheDir">The cache folder.</param>
    /// <param name="options">The build's options.</param>
    /// <param name="stop">Stops reading (the snapshot is then empty): the build found it has nothing to do.</param>
    public static ArticleSnapshot Open(string cacheDir, BuildOptions options, CancellationToken stop = default)
    {
        // The content folder as typed matters too: diagnostics and articles name files by it.
        var key = CacheFolder.Hash("article-snapshot", Layout.ToString(CultureInfo.InvariantCulture), CacheFolder.ProgramId,
            ArticleNormalizer.Version.ToString(CultureInfo.InvariantCulture), Path.GetFullPath(options.ContentDir), options.ContentDir);
        var path = Path.Combine(cacheDir, "snapshots", CacheFolder.Hash(Path.GetFullPath(options.OutputDir)) + ".bin");
        var baseEntries = new Dictionary<string, SnapshotEntry>(StringComparer.Ordinal);
        var started = DateTime.MinValue;
        byte[]? baseHash = null;
        if (Load(path, file => Read(file, Magic, key, null, r =>
            {
                foreach (var e in Sections(r, stop)) baseEntries[e.Stamp.Path] = e;
            })) is { } recorded)
        {
            started = recorded.Started;
            baseHash = recorded.Hash;
        }
        else baseEntries.Clear();
        var entries = new Dictionary<string, SnapshotEntry>(baseEntries, StringComparer.Ordinal);
        if (baseHash is not null)
        {
            var changed = new Dictionary<string, SnapshotEntry>(StringComparer.Ordinal);
            var removed = new List<string>();
            if (Load(DeltaOf(path), file => Read(file, DeltaMagic, key, baseHash, r =>
                {
                    for (var i = r.Int(); i > 0; i--) removed.Add(r.Utf8());
                    foreach (var e in Sections(r, stop)) changed[e.Stamp.Path] = e;
                })) is { } delta)
            {
                foreach (var p in removed) entries.Remove(p);
                foreach (var (p, e) in changed) entries[p] = e;
                started = delta.Started;
            }
        }
        return new ArticleSnapshot(path, key, entries, baseEntries, baseHash, started);
    }

    /// <summary>Opens a file for <paramref name="read"/>; null when it is missing or cannot be read.</summary>
    private static (DateTime Started, byte[] Hash)? Load(string file, Func<Stream, (DateTime, byte[])?> read)
    {
        try
        {
            if (!File.Exists(file)) return null;
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            return read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
                                   or OverflowException or ArgumentException or DecoderFallbackException or OperationCanceledException)
        {
            return null; // a snapshot that cannot be read only means articles are read
        }
    }

    public int Count => entries.Count;

    /// <summary>
    /// True when the file is the one recorded: same size and modification time, and modified clearly before the
    /// recording build started, so that no later write can have kept the same stamp (git's "racy clean" files).
    /// A file recorded by an earlier build (in the base) was old when that build started, so older still at the later one.
    /// </summary>
    public bool Unchanged(FileStamp stamp) =>
        entries.TryGetValue(stamp.Path, out var e) && e.Stamp == stamp
        && !TreeSnapshot.IsRacy(stamp, recordedStartUtc);

    public SnapshotEntry? Find(string relativePath) => entries.GetValueOrDefault(relativePath);

    /// <summary>
    /// Records <paramref name="current"/> (sorted by path) as of <paramref name="startedUtc"/>: the time this build started,
    /// before it took any stamp or read any file. An entry that is the very object <see cref="Find"/> gave is taken as
    /// unchanged. When what differs from the base is a small part of the whole, only that is written, as the delta.
    /// </summary>
    public void Save(IReadOnlyList<SnapshotEntry> current, DateTime startedUtc)
    {
        try
        {
            var changed = current.Where(e => !(baseEntries.TryGetValue(e.Stamp.Path, out var b) && ReferenceEquals(b, e))).ToList();
            var kept = new HashSet<string>(current.Select(e => e.Stamp.Path), StringComparer.Ordinal);
            var removed = baseEntries.Keys.Where(p => !kept.Contains(p)).Order(StringComparer.Ordinal).ToList();
            if (baseHash is { } bound && changed.Count + removed.Count <= Math.Max(DeltaMinimum, current.Count / DeltaShare))
            {
                CacheFolder.WriteAtomically(DeltaPath, file => Write(file, DeltaMagic, startedUtc, bound, changed, w =>
                {
                    w.Write7BitEncodedInt(removed.Count);
                    foreach (var p in removed) w.Write(p);
                }));
                return;
            }
            CacheFolder.WriteAtomically(path, file => Write(file, Magic, startedUtc, null, current, _ => { }));
            File.Delete(DeltaPath); // it amends the base just replaced, and would be ignored anyway
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Only the next build's shortcut is lost.
        }
    }

    /// <summary>A delta is written while it holds at most this many entries, or one in <see cref="DeltaShare"/> of them.</summary>
    private const int DeltaMinimum = 16;

    private const int DeltaShare = 20;

    /// <summary>Writes in chunks of about a megabyte, hashing each: the whole snapshot is never held in memory.</summary>
    private void Write(Stream file, string magic, DateTime startedUtc, byte[]? bound, IReadOnlyList<SnapshotEntry> list, Action<BinaryWriter> before)
    {
        var hash = new XxHash128();
        using var chunk = new MemoryStream();
        using var w = new BinaryWriter(chunk, Encoding.UTF8, leaveOpen: true);
        void Flush()
        {
            w.Flush();
            var bytes = chunk.GetBuffer().AsSpan(0, (int)chunk.Length);
            hash.Append(bytes);
            file.Write(bytes);
            chunk.SetLength(0);
        }
        w.Write(magic);
        w.Write7BitEncodedInt(Layout);
        w.Write(key);
        if (bound is not null) w.Write(Convert.ToHexStringLower(bound));
        w.Write(startedUtc.Ticks);
        before(w);
        // In sections of at most SectionSize entries, each with its own table of repeated strings, so that reading decodes
        // them side by side (one large site's snapshot took a core most of the time a rebuild waited for it).
        var sections = (list.Count + SectionSize - 1) / SectionSize;
        w.Write7BitEncodedInt(sections);
        using var section = new MemoryStream();
        using var sw = new BinaryWriter(section, Encoding.UTF8, leaveOpen: true);
        for (var s = 0; s < sections; s++)
        {
            section.SetLength(0);
            var count = Math.Min(SectionSize, list.Count - s * SectionSize);
            sw.Write7BitEncodedInt(count);
            var writer = new SnapshotWriter(sw);
            for (var i = s * SectionSize; i < s * SectionSize + count; i++) writer.Entry(list[i]);
            sw.Flush();
            w.Write7BitEncodedInt((int)section.Length);
            Flush();
            var bytes = section.GetBuffer().AsSpan(0, (int)section.Length);
            hash.Append(bytes);
            file.Write(bytes);
        }
        Flush();
        file.Write(hash.GetHashAndReset());
    }

    /// <summary>Entries per section of a snapshot file (a large site's is about 7 MB).</summary>
    internal const int SectionSize = 1000;

    /// <summary>The entries of a file's sections, in order: each section is decoded as soon as it is read, beside the next.</summary>
    private static List<SnapshotEntry> Sections(SnapshotReader r, CancellationToken stop)
    {
        var decoding = new List<Task<List<SnapshotEntry>>>();
        for (var s = r.Int(); s > 0; s--)
        {
            stop.ThrowIfCancellationRequested();
            var length = r.Int();
            // Pooled: a large site's sections would otherwise be tens of megabytes of garbage, read once. Reading waits while
            // two sections are being decoded, so a section's array is back in the pool when the one after next is read: reading
            // far ahead of decoding had every section rent a new array (measured: 80 MB for a 10,000-article site's snapshot).
            if (decoding.Count >= 2) Task.WaitAny(decoding[^2]);  // which, unlike Wait, leaves a failure to the caller below
            var bytes = r.RentBytes(length);
            decoding.Add(Task.Run(() =>
            {
                try
                {
                    using var section = new SnapshotReader(new MemoryStream(bytes, 0, length, writable: false), length);
                    var entries = new List<SnapshotEntry>();
                    for (var i = section.Int(); i > 0; i--)
                    {
                        stop.ThrowIfCancellationRequested();
                        entries.Add(section.Entry());
                    }
                    return section.AtEnd ? entries : throw new InvalidDataException("an article snapshot section is longer than its entries");
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(bytes);
                }
            }, stop));
        }
        var all = new List<SnapshotEntry>();
        foreach (var d in decoding) all.AddRange(d.GetAwaiter().GetResult());
        return all;
    }

    /// <summary>
    /// Checks a file's checksum and header (for a delta, the base it amends), lets <paramref name="body"/> read the rest and
    /// returns the recording build's start and the file's checksum; null for a file of another key, kind or base.
    /// </summary>
    private static (DateTime, byte[])? Read(Stream file, string magic, string key, byte[]? bound, Action<SnapshotReader> body)
    {
        var length = file.Length - HashBytes;
        if (length <= 0) return null;
        var hash = new XxHash128();
        using var r = new SnapshotReader(file, length, hash);
        // The header is read before the checksum is known (the file is read once, as it is hashed): what a damaged file
        // yields is dropped below, and reading never goes past the bytes the file has.
        if (r.Utf8() != magic || r.Int() != Layout || r.Utf8() != key) return null;
        if (bound is not null && r.Utf8() != Convert.ToHexStringLower(bound)) return null;
        var started = new DateTime(r.Long(), DateTimeKind.Utc);
        body(r);
        if (!r.AtEnd) return null;
        var expected = new byte[HashBytes];
        file.ReadExactly(expected);
        return r.FinishHash().AsSpan().SequenceEqual(expected) ? (started, expected) : null;
    }
}
