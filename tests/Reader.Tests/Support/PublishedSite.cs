using BriefingSite.Cli;
using BriefingSite.Model;
using Microsoft.Playwright;

namespace BriefingSite.ReaderTests.Support;

/// <summary>
/// The repository's own content built with base URL /briefing/ into a temp folder, served on 127.0.0.1, with one
/// headless Debian chromium shared by every reader test. Built once per test run.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    public const string BasePath = "/briefing/";

    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "briefing-reader-" + Guid.NewGuid().ToString("N")[..12]);
    public SiteGraph Site { get; private set; } = null!;

    /// <summary>"http://127.0.0.1:PORT/briefing/".</summary>
    public string BaseUrl => server!.Origin + BasePath;

    public string Url(string relative) => BaseUrl + relative.TrimStart('/');

    public async Task InitializeAsync()
    {
        var report = BuildPipeline.Run(new BuildOptions(RepoPaths.Content, Output, BasePath, RepoPaths.Theme));
        if (!report.Succeeded) throw new InvalidOperationException("seed site did not build:\n" + string.Join("\n", report.Diagnostics));
        Site = report.Site!;
        server = await StaticSiteServer.StartAsync(Output, BasePath);
    }

    /// <summary>The shared browser, started on first use so that tests without chromium never start Playwright.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        if (browser is not null) return browser;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RepoPaths.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run"],
        });
        return browser;
    }

    /// <summary>A fresh page in its own context: desktop size, or phone size, in the given colour scheme.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light, bool phone = false, bool javaScript = true)
    {
        var b = await BrowserAsync();
        var context = await b.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Opens a URL and waits until the document has fully loaded (see <see cref="ArriveAsync"/>).</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await ArriveAsync(page, url);
    }

    /// <summary>
    /// Waits until the page shows <paramref name="url"/> and its document has loaded. Polls the URL and
    /// document.readyState instead of waiting for Playwright's load events, which this browser build does not always
    /// report for a navigation that has already finished.
    /// </summary>
    public static async Task ArriveAsync(IPage page, string url)
    {
        for (var i = 0; i < 300 && page.Url != url; i++) await Task.Delay(100);
        page.Url.ShouldBe(url);
        // Polled from here, not with WaitForFunctionAsync: that polls with the page's own timers, which never fire on a page
        // with JavaScript off, so it timed out whenever the document was not complete at its first look.
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if (await page.EvaluateAsync<string>("() => document.readyState") == "complete") return;
            }
            catch (PlaywrightException)
            {
                // The document is being replaced (a navigation still finishing): look again.
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"{url} did not finish loading in 30 s");
    }

    /// <summary>Saves a full-page screenshot under artifacts/screenshots, for people to look at after a run.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// One page of every kind the build produced: the home page, each section's index (articles/, actors/, search/...)
    /// and the first page inside each section (an article, an actor...), plus the 404 page. New page kinds are picked up
    /// without changing the tests.
    /// </summary>
    public IReadOnlyList<string> PageKinds()
    {
        var pages = Directory.GetFiles(Output, "index.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var kinds = new List<string>();
        foreach (var group in pages.GroupBy(Kind, StringComparer.Ordinal))
            kinds.Add(group.First());
        kinds.Add("404.html");
        return kinds.Select(p => p == "index.html" ? "" : p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p).ToList();
    }

    /// <summary>"index.html" → "home"; "articles/index.html" → "articles"; "articles/x/index.html" → "articles/*".</summary>
    private static string Kind(string path)
    {
        var parts = path.Split('/');
        return parts.Length switch { 1 => "home", 2 => parts[0], _ => parts[0] + "/*" };
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        try { Directory.Delete(Output, recursive: true); } catch (IOException) { }
    }
}
