using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using BriefingSite.Publishing;

namespace BriefingSite.Serving;

/// <summary>
/// Serves the output folder on 127.0.0.1 under the site's base path, the way a static host would (folder → index.html,
/// 404.html for misses), with the live-reload script added to HTML responses and the SSE endpoint beside them.
/// </summary>
public sealed class DevServer(string outputDir, LiveReloadHub hub) : IAsyncDisposable
{
    private readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly string _root = Path.GetFullPath(outputDir);
    private WebApplication? _app;
    private volatile string _basePath = "/";

    /// <summary>The path the site is served under ("/" or "/repo/"); follows site.yml across rebuilds.</summary>
    public string BasePath { get => _basePath; set => _basePath = value; }

    /// <summary>Starts listening; port 0 picks a free port. Returns the address the site is served at (with the base path).</summary>
    public async Task<Uri> StartAsync(int port, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = _root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(Handle);
        await _app.StartAsync(ct);
        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return new Uri($"http://127.0.0.1:{uri.Port}");
    }

    private async Task Handle(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "/";
        if (path == LiveReloadScript.EventsPath) { await Events(ctx); return; }
        var basePath = _basePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || basePath.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal)) Redirect(ctx, basePath);
            else await NotFound(ctx, $"Nothing here: this site is served under {basePath}");
            return;
        }
        var rel = path[basePath.Length..];
        string? full;
        try
        {
            full = rel.Length == 0 ? Path.Combine(_root, "index.html") : SiteWriter.SafePath(_root, rel.TrimEnd('/'));
        }
        catch (InvalidOperationException)
        {
            await NotFound(ctx, "Not a path this site serves");
            return;
        }
        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/')) { Redirect(ctx, path + "/" + ctx.Request.QueryString); return; }
            full = Path.Combine(full, "index.html");
        }
        else if (rel.EndsWith('/')) full = null;
        if (full is null || !File.Exists(full)) { await NotFound(ctx, null); return; }
        await Send(ctx, full, StatusCodes.Status200OK);
    }

    private async Task Send(HttpContext ctx, string file, int status)
    {
        var bytes = await File.ReadAllBytesAsync(file, ctx.RequestAborted);
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        if (type.StartsWith("text/html", StringComparison.Ordinal)) bytes = LiveReloadScript.Inject(bytes);
        if (type.StartsWith("text/", StringComparison.Ordinal) && !type.Contains("charset", StringComparison.Ordinal)) type += "; charset=utf-8";
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = type;
        ctx.Response.Headers.CacheControl = "no-store";
        ctx.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(ctx.Request.Method)) await ctx.Response.Body.WriteAsync(bytes, ctx.RequestAborted);
    }

    private async Task NotFound(HttpContext ctx, string? message)
    {
        var page = Path.Combine(_root, "404.html");
        if (message is null && File.Exists(page)) { await Send(ctx, page, StatusCodes.Status404NotFound); return; }
        ctx.Response.StatusCode = StatusCodes.Status404NotFound;
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        await ctx.Response.WriteAsync((message ?? "Not found") + "\n", ctx.RequestAborted);
    }

    private static void Redirect(HttpContext ctx, string to)
    {
        ctx.Response.StatusCode = StatusCodes.Status302Found;
        ctx.Response.Headers.Location = to;
    }

    /// <summary>The SSE stream: a comment on connect, then every hub message until the tab goes away.</summary>
    private async Task Events(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/event-stream";
        ctx.Response.Headers.CacheControl = "no-store";
        var reader = hub.Subscribe(out var unsubscribe);
        try
        {
            await ctx.Response.WriteAsync(": connected\n\n", ctx.RequestAborted);
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            await foreach (var message in reader.ReadAllAsync(ctx.RequestAborted))
            {
                await ctx.Response.WriteAsync(message, ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        finally
        {
            unsubscribe();
        }
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var p = new FileExtensionContentTypeProvider();
        p.Mappings[".md"] = "text/markdown";
        p.Mappings[".xml"] = "application/xml";
        p.Mappings[".webmanifest"] = "application/manifest+json";
        return p;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        hub.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _app = null;
    }
}
