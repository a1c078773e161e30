using System.Threading.Channels;

namespace BriefingSite.Serving;

/// <summary>
/// The Server-Sent Events channel to open tabs: every connected client gets every message. Remembers whether the
/// last build failed, so a tab opened later shows the error straight away.
/// </summary>
public sealed class LiveReloadHub
{
    public const string ReloadEvent = "reload";
    public const string ErrorEvent = "build-error";

    private readonly object _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _lastError;

    public int ClientCount { get { lock (_gate) return _clients.Count; } }

    public ChannelReader<string> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _clients.Add(channel);
            if (_lastError is not null) channel.Writer.TryWrite(_lastError);
        }
        unsubscribe = () => { lock (_gate) _clients.Remove(channel); channel.Writer.TryComplete(); };
        return channel.Reader;
    }

    /// <summary>Tells every tab to reload: a build succeeded.</summary>
    public void Reload()
    {
        lock (_gate) _lastError = null;
        Send(Format(ReloadEvent, "ok"));
    }

    /// <summary>Tells every tab to show <paramref name="text"/> over the page: a build failed and the last good site stays.</summary>
    public void Error(string text)
    {
        var message = Format(ErrorEvent, text);
        lock (_gate) _lastError = message;
        Send(message);
    }

    /// <summary>Ends every open stream: the server is stopping.</summary>
    public void Close()
    {
        lock (_gate)
        {
            foreach (var c in _clients) c.Writer.TryComplete();
            _clients.Clear();
        }
    }

    private void Send(string message)
    {
        lock (_gate)
            foreach (var c in _clients) c.Writer.TryWrite(message);
    }

    /// <summary>One SSE message; every line of a multi-line text gets its own "data:" field.</summary>
    private static string Format(string name, string text) =>
        "event: " + name + "\n" + string.Concat(text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => "data: " + l + "\n")) + "\n";
}
