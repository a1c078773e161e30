namespace BriefingSite.Benchmarks.Corpus;

/// <summary>The Hugo side of the comparison: actors and events as taxonomies, and a minimal single/list/taxonomy/term layout.</summary>
internal static class HugoTheme
{
    public const string Config = """
        baseURL = "https://example.org/"
        languageCode = "en"
        title = "Scale benchmark briefing"
        rssLimit = 20
        # Like the briefing site: a feed for the site and for each actor and event, at most 20 entries each.
        [outputs]
        home = ["HTML", "RSS"]
        section = ["HTML"]
        taxonomy = ["HTML"]
        term = ["HTML", "RSS"]
        [taxonomies]
        actor = "actors"
        event = "events"
        """;

    private const string Base = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>
        <link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
        <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> <a href="{{ "articles/" | relURL }}">Briefings</a>
        <a href="{{ "actors/" | relURL }}">Actors</a> <a href="{{ "events/" | relURL }}">Events</a></header>
        <main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>
        """;

    private const string Single = """
        {{ define "main" }}<article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
        {{ .Content }}
        <aside><h2>Actors</h2><ul>{{ range .GetTerms "actors" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
        <h2>Events</h2><ul>{{ range .GetTerms "events" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></aside>
        {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
        </article>{{ end }}
        """;

    private const string List = """
        {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>{{ end }}
        """;

    private const string Taxonomy = """
        {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
        """;

    private const string Term = """
        {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>{{ end }}
        """;

    public static readonly (string Path, string Text)[] Layouts =
    [
        ("_default/baseof.html", Base),
        ("_default/single.html", Single),
        ("_default/list.html", List),
        ("_default/taxonomy.html", Taxonomy),
        ("_default/term.html", Term),
    ];
}
