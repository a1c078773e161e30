namespace BriefingSite.Benchmarks.Runner;

/// <summary>Size and modification time of every file under a folder: two snapshots tell which files a build touched.</summary>
public sealed class OutputSnapshot
{
    private readonly Dictionary<string, (long Length, long Ticks, long Born)> files = new(StringComparer.Ordinal);

    public static OutputSnapshot Take(string dir)
    {
        var s = new OutputSnapshot();
        if (!Directory.Exists(dir)) return s;
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(f);
            s.files[Path.GetRelativePath(dir, f)] = (info.Length, info.LastWriteTimeUtc.Ticks, info.CreationTimeUtc.Ticks);
        }
        return s;
    }

    public int Count => files.Count;

    /// <summary>Files added, rewritten (new size, time or file) or removed since <paramref name="before"/>.</summary>
    public (int Added, int Changed, int Removed) Since(OutputSnapshot before)
    {
        var added = files.Keys.Count(k => !before.files.ContainsKey(k));
        var changed = files.Count(kv => before.files.TryGetValue(kv.Key, out var old) && old != kv.Value);
        var removed = before.files.Keys.Count(k => !files.ContainsKey(k));
        return (added, changed, removed);
    }
}
