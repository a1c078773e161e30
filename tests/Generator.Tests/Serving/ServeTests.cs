using System.Net;
using BriefingSite.Cli;
using BriefingSite.Serving;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Serving;

/// <summary>`serve` in-process on a free port: every wait is bounded, so a broken watcher fails the test instead of hanging it.</summary>
public class ServeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static TestSite Site() => new("=== site.yml ===\ntitle: Serve\nbaseUrl: /briefing/\n=== articles/bridge.txt ===\nBridge reopens\n\nThe old bridge over the Tarn reopened on Saturday after eighteen months of repairs.\n");

    private static DevSession Session(TestSite site) => new(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme), TextWriter.Null, TextWriter.Null);

    private static async Task<(HttpResponseMessage Response, StreamReader Reader)> Connect(HttpClient http, Uri address, CancellationToken ct)
    {
        var response = await http.GetAsync(new Uri(address, LiveReloadScript.EventsPath), HttpCompletionOption.ResponseHeadersRead, ct);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct));
        // The server subscribes the client before it writes this line, so nothing sent after it is missed.
        (await reader.ReadLineAsync(ct)).ShouldBe(": connected");
        return (response, reader);
    }

    /// <summary>The next SSE message: its event name and its data lines joined.</summary>
    private static async Task<(string Event, string Data)> NextEvent(StreamReader reader, CancellationToken ct)
    {
        string? name = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line[6..]);
            else if (line.Length == 0 && name is not null) return (name, string.Join("\n", data));
        }
        throw new EndOfStreamException("event stream closed");
    }

    [Fact]
    public async Task A_new_article_is_built_and_a_connected_client_is_told_to_reload()
    {
        using var site = Site();
        using var timeout = new CancellationTokenSource(Limit);
        await using var session = Session(site);
        var address = await session.StartAsync(0, timeout.Token);
        address.AbsolutePath.ShouldBe("/briefing/");
        using var http = new HttpClient();
        var (response, reader) = await Connect(http, address, timeout.Token);
        using (response)
        using (reader)
        {
            site.Write("articles/ferry.txt", "Ferry resumes\n\nThe ferry across the bay resumed service on Sunday, its operator said.\n");
            var message = await NextEvent(reader, timeout.Token);
            message.Event.ShouldBe("reload");
            site.OutputExists("articles/ferry-resumes/index.html").ShouldBeTrue();
            (await http.GetStringAsync(new Uri(address, "articles/ferry-resumes/"), timeout.Token)).ShouldContain("Ferry resumes");
        }
    }

    [Fact]
    public async Task A_content_error_reaches_the_browser_and_the_last_good_site_stays_served()
    {
        using var site = Site();
        using var timeout = new CancellationTokenSource(Limit);
        await using var session = Session(site);
        var address = await session.StartAsync(0, timeout.Token);
        using var http = new HttpClient();
        var (response, reader) = await Connect(http, address, timeout.Token);
        using (response)
        using (reader)
        {
            site.Write("articles/broken.md", "---\ntitle: [unclosed\n");
            var error = await NextEvent(reader, timeout.Token);
            error.Event.ShouldBe(LiveReloadHub.ErrorEvent);
            error.Data.ShouldContain("broken.md:");
            (await http.GetStringAsync(new Uri(address, "articles/bridge-reopens/"), timeout.Token)).ShouldContain("Bridge reopens");

            File.Delete(Path.Combine(site.Content, "articles", "broken.md"));
            (await NextEvent(reader, timeout.Token)).Event.ShouldBe("reload");
        }
    }

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_the_script_that_is_not_in_output()
    {
        using var site = Site();
        using var timeout = new CancellationTokenSource(Limit);
        await using var session = Session(site);
        var address = await session.StartAsync(0, timeout.Token);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        var root = await http.GetAsync(new Uri(address, "/"), timeout.Token);
        root.StatusCode.ShouldBe(HttpStatusCode.Found);
        root.Headers.Location!.OriginalString.ShouldBe("/briefing/");

        var home = await http.GetStringAsync(address, timeout.Token);
        home.ShouldContain("data-briefing-live-reload");
        site.ReadOutput("index.html").ShouldNotContain("briefing-live-reload");

        (await http.GetAsync(new Uri(address, "articles"), timeout.Token)).Headers.Location!.OriginalString.ShouldBe("/briefing/articles/");
        var css = await http.GetAsync(new Uri(address, "assets/style.css"), timeout.Token);
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await css.Content.ReadAsStringAsync(timeout.Token)).ShouldNotContain("briefing-live-reload");
        (await http.GetAsync(new Uri(address, "no-such-page/"), timeout.Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync(new Uri(address, "../content/site.yml"), timeout.Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
