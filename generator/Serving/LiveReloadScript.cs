using System.Text;

namespace BriefingSite.Serving;

/// <summary>
/// The few lines of JavaScript `serve` adds to HTML responses (never to files in output/): reload on a rebuild, and
/// show a build error over the page until the next good build.
/// </summary>
public static class LiveReloadScript
{
    public const string EventsPath = "/__briefing/events";

    private const string Script = """
        <script data-briefing-live-reload>
        (function () {
          var box = null;
          var source = new EventSource("/__briefing/events");
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("build-error", function (e) {
            if (!box) {
              box = document.createElement("pre");
              box.setAttribute("role", "alert");
              box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:50vh;overflow:auto;margin:0;padding:1rem;z-index:2147483647;background:#2b0b0b;color:#ffd7d7;border:2px solid #ff6b6b;border-radius:6px;font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap";
              document.body.appendChild(box);
            }
            box.textContent = "Build failed; showing the last good site.\n\n" + e.data;
          });
        })();
        </script>

        """;

    private static readonly byte[] ScriptBytes = Encoding.UTF8.GetBytes(Script);
    private static readonly byte[] BodyClose = "</body>"u8.ToArray();

    /// <summary>The page with the script placed just before its closing body tag (or at the end when it has none).</summary>
    public static byte[] Inject(byte[] html)
    {
        var at = LastIndexOfIgnoreCase(html, BodyClose);
        if (at < 0) at = html.Length;
        var result = new byte[html.Length + ScriptBytes.Length];
        html.AsSpan(0, at).CopyTo(result);
        ScriptBytes.CopyTo(result.AsSpan(at));
        html.AsSpan(at).CopyTo(result.AsSpan(at + ScriptBytes.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(byte[] haystack, byte[] needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
                match = char.ToLowerInvariant((char)haystack[i + j]) == (char)needle[j];
            if (match) return i;
        }
        return -1;
    }
}
