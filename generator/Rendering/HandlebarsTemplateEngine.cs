using System.Globalization;
using System.Text;
using HandlebarsDotNet;

namespace BriefingSite.Rendering;

/// <summary>
/// Handlebars behind <see cref="ITemplateEngine"/>. Theme layout: <c>layouts/base.hbs</c>, <c>pages/*.hbs</c>, <c>partials/*.hbs</c>.
/// The theme's files are read once; templates are safe to use from several threads. The page's HTML is handed to the
/// layout as <c>content</c>; everything else is HTML-escaped by Handlebars unless a template uses triple braces.
/// </summary>
public sealed class HandlebarsTemplateEngine : ITemplateEngine
{
    /// <summary>
    /// An adaptive engine of a small site compiles its templates once this many pages were rendered. Compiling costs about
    /// 0.15 s of CPU more than interpreting (measured on the three-article site with a ReadyToRun build, identical output),
    /// which only pays back over many pages: a small site, or a rebuild that renders a few small pages, never compiles.
    /// </summary>
    public const int CompileAfter = 150;

    /// <summary>
    /// Sites of more articles start compiling at once, in the background: their lists, timeline and API pages are large,
    /// and interpreting them costs more than compiling (measured: a 10,000-article rebuild after adding one article spent
    /// about 1.3 s of thread time in interpreted templates, for a few dozen pages).
    /// </summary>
    public const int InterpretUpTo = 20;

    private readonly ThemeTexts texts;
    private readonly int compileAfter;
    private Templates current;
    private Task<Templates>? compiling;
    private int rendered;

    /// <param name="themeDir">The theme folder.</param>
    /// <param name="interpret">Interpret the templates instead of compiling them: cheaper to start, slower per page.</param>
    public HandlebarsTemplateEngine(string themeDir, bool interpret = false) : this(ThemeTexts.Read(themeDir), interpret, int.MaxValue)
    {
    }

    private HandlebarsTemplateEngine(ThemeTexts texts, bool interpret, int compileAfter)
    {
        this.texts = texts;
        this.compileAfter = compileAfter;
        current = Templates.Make(texts, interpret);
    }

    /// <summary>
    /// Interprets the templates until compiled ones are ready, and renders with those from then on; both render the same
    /// bytes. A large site's templates are compiled in the background at once, a small site's after <see cref="CompileAfter"/> pages.
    /// </summary>
    /// <param name="themeDir">The theme folder.</param>
    /// <param name="articles">How many articles the site has: a site of more than <see cref="InterpretUpTo"/> starts compiling at once.</param>
    public static HandlebarsTemplateEngine Adaptive(string themeDir, int articles)
    {
        var engine = new HandlebarsTemplateEngine(ThemeTexts.Read(themeDir), interpret: true, CompileAfter);
        if (articles > InterpretUpTo) engine.StartCompiling();
        return engine;
    }

    public bool HasPage(string name) => current.Pages.ContainsKey(name);

    /// <summary>True once pages are rendered with compiled templates.</summary>
    internal bool Compiled => current.Interpreted is false;

    public byte[] RenderPage(string name, object model)
    {
        if (Interlocked.Increment(ref rendered) == compileAfter) StartCompiling();
        // A thread that still sees the interpreted templates renders the same page, only more slowly.
        if (compiling is { IsCompletedSuccessfully: true } done) current = done.Result;
        var templates = current;
        if (!templates.Pages.TryGetValue(name, out var page)) throw new InvalidOperationException($"theme has no page template '{name}'");
        // The page is written straight to UTF-8 bytes. The layout around it is rendered on its own, to bytes too, with a marker
        // for the content: what comes before the marker and after it are the page's head and tail. Rendered to a string, the
        // layout cost more than the page inside it (the string builder's blocks, the string, its halves, then their bytes).
        var body = Utf8PageWriter.Rent();
        page(body, model, null);
        if (!body.IsEmpty)
        {
            var frame = Utf8PageWriter.RentFrame();
            templates.Layout(frame, new LayoutModel(model, ContentMarker, templates.Has), null);
            var bytes = frame.ToArray();
            var at = bytes.AsSpan().IndexOf(MarkerBytes);
            if (at >= 0 && bytes.AsSpan(at + MarkerBytes.Length).IndexOf(MarkerBytes) < 0)
                return body.ToArray(bytes.AsSpan(0, at), bytes.AsSpan(at + MarkerBytes.Length));
        }
        // A layout that does not show the content once, as it is, or an empty page: the layout is given the content itself.
        var content = Encoding.UTF8.GetString(body.ToArray());
        var whole = Utf8PageWriter.RentFrame();
        templates.Layout(whole, new LayoutModel(model, content, templates.Has), null);
        return whole.ToArray();
    }

    /// <summary>
    /// Stands for the page's content in its layout. A layout that escapes the content escapes the marker's angle brackets, so
    /// the marker is not found as it is and the layout is given the content itself; the private use characters around it
    /// are nothing a theme writes.
    /// </summary>
    private const string ContentMarker = "\uE000<briefing-content/>\uE001";

    private static readonly byte[] MarkerBytes = Encoding.UTF8.GetBytes(ContentMarker);

    private void StartCompiling() => compiling ??= Task.Run(() => Templates.Make(texts, interpret: false));

    /// <summary>
    /// What the layout sees: the page's model as <c>page</c>, the rendered page as <c>content</c>, and <c>has</c>:
    /// which page kinds the theme can render (<c>{{#if Has.actors}}</c>), so navigation only links to pages that exist.
    /// </summary>
    public sealed record LayoutModel(object Page, string Content, IReadOnlyDictionary<string, bool> Has);

    /// <summary>The theme's template files, read once so that interpreted and compiled templates come from the same text.</summary>
    private sealed record ThemeTexts(List<(string Name, string Text)> Partials, List<(string Name, string Text)> Pages, string Layout)
    {
        public static ThemeTexts Read(string themeDir)
        {
            var partialDir = Path.Combine(themeDir, "partials");
            var partials = Directory.Exists(partialDir) ? Files(partialDir) : [];
            return new ThemeTexts(partials, Files(Path.Combine(themeDir, "pages")), File.ReadAllText(Path.Combine(themeDir, "layouts", "base.hbs")));
        }

        private static List<(string, string)> Files(string dir) =>
            Directory.GetFiles(dir, "*.hbs").Order(StringComparer.Ordinal).Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();
    }

    private sealed record Templates(Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> Pages, HandlebarsTemplate<TextWriter, object, object> Layout, Dictionary<string, bool> Has, bool Interpreted)
    {
        public static Templates Make(ThemeTexts texts, bool interpret)
        {
            var config = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false };
            if (interpret) config.CompileTimeConfiguration.Features.Add(new InterpretedTemplates());
            var hb = Handlebars.Create(config);
            RegisterHelpers(hb);
            foreach (var (name, text) in texts.Partials) hb.RegisterTemplate(name, text);
            var pages = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
            foreach (var (name, text) in texts.Pages)
            {
                using var reader = new StringReader(text);
                pages[name] = hb.Compile(reader);
            }
            using var layoutReader = new StringReader(texts.Layout);
            var layout = hb.Compile(layoutReader);
            return new Templates(pages, layout, pages.Keys.ToDictionary(k => k, _ => true, StringComparer.Ordinal), interpret);
        }
    }

    /// <summary>All helpers live here, so templates stay logic-less and a theme can rely on this list.</summary>
    private static void RegisterHelpers(IHandlebars hb)
    {
        hb.RegisterHelper("eq", (_, args) => args.Length == 2 && Equals(args[0]?.ToString(), args[1]?.ToString()));
        hb.RegisterHelper("count", (_, args) => args.Length == 1 && args[0] is System.Collections.ICollection c
            ? c.Count.ToString(CultureInfo.InvariantCulture) : "0");
    }
}
