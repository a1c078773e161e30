using System.Diagnostics;
using BriefingSite.Cli;
using BriefingSite.Ingest;

namespace BriefingSite.Serving;

/// <summary>
/// `serve`: build once, serve the output folder, and rebuild after every burst of changes in content/ or the theme,
/// telling open tabs to reload (or to show the error while the last good site stays served).
/// </summary>
public sealed class DevSession(BuildOptions options, TextWriter stdout, TextWriter stderr) : IAsyncDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly CancellationTokenSource _stop = new();
    private DevServer? _server;
    private ContentWatcher? _watcher;
    private Task? _loop;
    private int _builds;

    public LiveReloadHub Hub { get; } = new();

    /// <summary>How many builds have finished (successful or not).</summary>
    public int Builds => Volatile.Read(ref _builds);

    /// <summary>Builds, starts the server and the watcher; returns the site's address. Port 0 picks a free port.</summary>
    public async Task<Uri> StartAsync(int port, CancellationToken ct)
    {
        _server = new DevServer(options.OutputDir, Hub);
        Build();
        var origin = await _server.StartAsync(port, ct);
        _watcher = new ContentWatcher(WatchedFolders(), Quiet);
        _loop = Task.Run(() => RebuildLoop(_stop.Token), CancellationToken.None);
        return new Uri(origin, _server.BasePath);
    }

    public IReadOnlyList<string> WatchedFolders()
    {
        var themes = options.ThemeDir ?? Path.Combine(Path.GetFullPath(options.ContentDir), "..", "themes");
        return new[] { options.ContentDir, themes }.Where(Directory.Exists).Select(Path.GetFullPath).ToList();
    }

    private async Task RebuildLoop(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            string changed;
            try
            {
                changed = await _watcher!.NextBurstAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException)
            {
                return;
            }
            stdout.WriteLine($"Changed: {ServeCommand.Shown(changed)}; rebuilding…");
            Build();
        }
    }

    private void Build()
    {
        var clock = Stopwatch.StartNew();
        var report = BuildPipeline.Run(options);
        BuildCommand.Print(report, options, clock.Elapsed, stdout, stderr);
        _server!.BasePath = report.Site?.Settings.BasePath ?? BasePathFromSettings();
        if (report.Succeeded) Hub.Reload();
        else Hub.Error(string.Join("\n", report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
        Interlocked.Increment(ref _builds);
    }

    /// <summary>When the build fails the base path still comes from site.yml (or --base-url), so the old site stays reachable.</summary>
    private string BasePathFromSettings()
    {
        var (settings, _) = SiteSettingsFile.Read(options.ContentDir);
        if (options.BaseUrl is { } given && SiteSettingsReader.NormalizeBaseUrl(given) is { } clean) settings = settings with { BaseUrl = clean };
        return settings.BasePath;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _watcher?.Dispose();
        if (_loop is not null) await _loop;
        if (_server is not null) await _server.DisposeAsync();
        _stop.Dispose();
    }
}
