using System.Net.Sockets;
using BriefingSite.Serving;

namespace BriefingSite.Cli;

/// <summary><c>briefing serve</c>: builds, serves on 127.0.0.1 with live reload until Ctrl+C; 1 when the port cannot be used.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static async Task<int> RunAsync(BuildOptions options, int port, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        await using var session = new DevSession(options, stdout, stderr);
        Uri address;
        try
        {
            address = await session.StartAsync(port, ct);
        }
        catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"error: cannot listen on 127.0.0.1:{port} ({e.Message}); choose another with --port");
            return 1;
        }
        stdout.WriteLine($"Serving '{options.OutputDir}' at {address} — watching {string.Join(", ", session.WatchedFolders().Select(Shown))}; Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            stdout.WriteLine("Stopped.");
        }
        return 0;
    }

    /// <summary>A folder as the user would name it: relative to the working directory when inside it.</summary>
    public static string Shown(string full)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (rel.StartsWith("..", StringComparison.Ordinal) ? full : rel).Replace('\\', '/');
    }
}
