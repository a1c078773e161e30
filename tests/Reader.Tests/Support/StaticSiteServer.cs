using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace BriefingSite.ReaderTests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 under a base path, the way GitHub Pages serves a project site: directory URLs
/// give their index.html, and any missed URL gets 404.html with status 404.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string origin) { this.app = app; Origin = origin; }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public string Origin { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        var prefix = new PathString(basePath.TrimEnd('/'));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = prefix });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = prefix, ServeUnknownFileTypes = true });
        app.Run(async ctx =>
        {
            ctx.Response.StatusCode = StatusCodes.Status404NotFound;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.SendFileAsync(Path.Combine(root, "404.html"));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
