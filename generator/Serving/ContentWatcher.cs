using System.Threading.Channels;

namespace BriefingSite.Serving;

/// <summary>
/// Watches folders (content/, themes/) and hands out one signal per burst of changes: an editor saving a file fires
/// several events, and a build should follow the last of them, not each one.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly TimeSpan _quiet;
    private readonly List<string> _polled = [];
    private readonly Timer? _poll;
    private Dictionary<string, (long Length, DateTime Written)> _snapshot = new(StringComparer.Ordinal);

    public ContentWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        _quiet = quiet;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var w = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            w.Changed += (_, e) => Note(e.FullPath);
            w.Created += (_, e) => Note(e.FullPath);
            w.Deleted += (_, e) => Note(e.FullPath);
            w.Renamed += (_, e) => Note(e.FullPath);
            try
            {
                w.EnableRaisingEvents = true;
                _watchers.Add(w);
            }
            catch (IOException)
            {
                // Out of inotify instances (a busy machine): fall back to looking at the files twice a second.
                w.Dispose();
                _polled.Add(folder);
            }
        }
        if (_polled.Count > 0)
        {
            _snapshot = Snapshot();
            _poll = new Timer(_ => Poll(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>True when some folder could not be watched and is polled instead.</summary>
    public bool Polling => _polled.Count > 0;

    private Dictionary<string, (long, DateTime)> Snapshot() =>
        _polled.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Select(f => new FileInfo(f))
            .ToDictionary(f => f.FullName, f => (f.Length, f.LastWriteTimeUtc), StringComparer.Ordinal);

    private void Poll()
    {
        Dictionary<string, (long, DateTime)> now;
        try { now = Snapshot(); }
        catch (IOException) { return; }
        foreach (var (path, stamp) in now)
            if (!_snapshot.TryGetValue(path, out var before) || before != stamp) Note(path);
        foreach (var path in _snapshot.Keys.Where(p => !now.ContainsKey(p))) Note(path);
        _snapshot = now;
    }

    /// <summary>Waits for a change, then until nothing has changed for the quiet period; returns the last path changed.</summary>
    public async Task<string> NextBurstAsync(CancellationToken ct)
    {
        var last = await _changes.Reader.ReadAsync(ct);
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(_quiet);
            try
            {
                last = await _changes.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return last;
            }
        }
    }

    private void Note(string path)
    {
        // Editor droppings (swap, backup and probe files) are not content.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name is "4913" || name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)) return;
        _changes.Writer.TryWrite(path);
    }

    public void Dispose()
    {
        _poll?.Dispose();
        foreach (var w in _watchers) w.Dispose();
        _changes.Writer.TryComplete();
    }
}
