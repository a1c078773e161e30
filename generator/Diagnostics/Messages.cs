namespace BriefingSite.Diagnostics;

/// <summary>Every message a user can see about their content, grouped by area.</summary>
public static class Messages
{
    // ---- Content folder ----

    /// Triggered by: `briefing build --content missing/`
    public static Diagnostic ContentFolderMissing(string path) =>
        new(Severity.Error, "content-missing", $"content folder '{path}' does not exist");

    /// Triggered by: a content folder without site.yml
    public static Diagnostic SiteFileMissing(string path) =>
        new(Severity.Warning, "site-yml-missing", "no site.yml found; using default settings", new SourceSpan(path));

    /// Triggered by: a symbolic link in articles/ pointing to /etc/passwd
    public static Diagnostic LinkOutsideContent(SourceSpan at) =>
        new(Severity.Warning, "link-outside-content", "symbolic link leads outside the content folder; not followed", at);

    /// Triggered by: `title: [1, 2]` in site.yml
    public static Diagnostic SiteSettingInvalid(SourceSpan at, string key, string expected) =>
        new(Severity.Error, "site-setting-invalid", $"'{key}' must be {expected}", at);

    // ---- Reading files ----

    /// Triggered by: a Latin-1 byte, a NUL byte, or an invalid UTF-16 file
    public static Diagnostic Undecodable(SourceSpan at, string reason) =>
        new(Severity.Error, "encoding", reason, at);

    /// Triggered by: an article file without read permission
    public static Diagnostic Unreadable(SourceSpan at, string reason) =>
        new(Severity.Error, "unreadable", $"cannot be read: {reason}", at);

    /// Triggered by: a 20 MB file in articles/
    public static Diagnostic FileTooLarge(SourceSpan at, long bytes, long limit) =>
        new(Severity.Error, "file-too-large", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"file is {bytes / 1048576.0:0.0} MB; files over {limit / 1048576} MB are refused"), at);

    /// Triggered by: a file holding only spaces and newlines
    public static Diagnostic EmptyArticle(SourceSpan at) =>
        new(Severity.Error, "empty-article", "article is empty", at);

    /// Triggered by: a file with front matter and nothing after it
    public static Diagnostic NoBody(SourceSpan at) =>
        new(Severity.Error, "no-body", "article has front matter but no body text", at);

    /// Triggered by: an .html article whose page has no paragraphs of text (only navigation or scripts)
    public static Diagnostic HtmlNoArticleText(SourceSpan at) =>
        new(Severity.Error, "html-no-text", "found no article text in this HTML page (looked for article, main and paragraphs)", at);

    // ---- Front matter ----

    /// Triggered by: `---` at the top with no closing `---`
    public static Diagnostic FrontMatterUnclosed(SourceSpan at) =>
        new(Severity.Error, "front-matter-unclosed", "front matter starts with '---' but is never closed by a '---' line", at);

    /// Triggered by: a tab, a duplicate key or a syntax error inside front matter or a YAML file
    public static Diagnostic YamlInvalid(SourceSpan at, string detail) =>
        new(Severity.Error, "yaml-invalid", detail, at);

    /// Triggered by: `title: [a, b]` or `draft: maybe`
    public static Diagnostic WrongType(SourceSpan at, string key, string expected) =>
        new(Severity.Error, "wrong-type", $"'{key}' must be {expected}", at);

    /// Triggered by: `date: 2025-02-30`
    public static Diagnostic InvalidDate(SourceSpan at, string value) =>
        new(Severity.Error, "invalid-date", $"'{value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", at);

    /// Triggered by: `colour: red` in front matter
    public static Diagnostic UnknownKey(SourceSpan at, string key) =>
        new(Severity.Warning, "unknown-key", $"unknown key '{key}' is ignored", at);

    /// Triggered by: two articles with `slug: same`
    public static Diagnostic DuplicateSlug(SourceSpan at, string slug, string other) =>
        new(Severity.Error, "duplicate-slug", $"slug '{slug}' is also declared by {other}", at);

    /// Triggered by: `slug: ../../etc`
    public static Diagnostic SlugCleaned(SourceSpan at, string given, string used) =>
        new(Severity.Warning, "slug-cleaned", $"slug '{given}' is not safe in a URL; using '{used}'", at);

    // ---- Normalization ----

    /// Triggered by: a "Latest News Stories" list at the end of an article
    public static Diagnostic BoilerplateRemoved(SourceSpan at, int lines, string first) =>
        new(Severity.Info, "boilerplate-removed", $"removed {lines} line(s) of boilerplate starting with \"{first}\"", at);

    /// Triggered by: an article with no date in front matter or text
    public static Diagnostic Undated(SourceSpan at) =>
        new(Severity.Warning, "undated", "article has no date; add 'date: YYYY-MM-DD' to its front matter, or open its file name with the day ('2024-05-01-...'), so relative dates can be resolved", at);

    /// Triggered by: a Markdown paragraph of 500 nested '>' quotes or '*' emphasis
    public static Diagnostic MarkdownTooDeep(SourceSpan at, int limit) =>
        new(Severity.Warning, "markdown-too-deep", $"Markdown nests more than {limit} levels deep here; shown as plain text", at);

    /// Triggered by: a dated article set after the build's reference date
    public static Diagnostic FutureDate(SourceSpan at, string date) =>
        new(Severity.Warning, "future-date", $"article is dated in the future ({date})", at);

    // ---- Checking a built site ----

    /// Triggered by: `<a href="/articles/gone/">` when output/articles/gone/ does not exist
    public static Diagnostic BrokenLink(SourceSpan at, string href) =>
        new(Severity.Error, "broken-link", $"broken link '{href}': no such page or file in the built site", at);

    /// Triggered by: `<a href="/articles/x/#p-99">` when that page has no id="p-99"
    public static Diagnostic MissingAnchor(SourceSpan at, string href) =>
        new(Severity.Error, "missing-anchor", $"link '{href}' names an anchor the page does not have", at);

    /// Triggered by: `<a href="/other/">` on a site whose base path is /briefing/
    public static Diagnostic LinkOutsideBase(SourceSpan at, string href, string basePath) =>
        new(Severity.Error, "link-outside-base", $"link '{href}' leaves the site's base path {basePath}", at);

    /// Triggered by: two elements with id="summary" on one page
    public static Diagnostic DuplicateId(SourceSpan at, string id, int firstLine) =>
        new(Severity.Error, "duplicate-id", $"id '{id}' is already used on line {firstLine}", at);

    /// Triggered by: `<img src="map.png">` with no alt attribute
    public static Diagnostic ImageWithoutAlt(SourceSpan at, string src) =>
        new(Severity.Error, "image-alt", $"image '{src}' has no alt text (use alt=\"\" for a decorative image)", at);

    /// Triggered by: a page in the built site that no link from the home page leads to
    public static Diagnostic OrphanPage(SourceSpan at) =>
        new(Severity.Error, "orphan-page", "no link leads to this page from the home page", at);

    // ---- Hosting ----

    /// Triggered by: `baseUrl: /repo/` with no `url:` in site.yml and no absolute --base-url
    public static Diagnostic NoPublicHost() =>
        new(Severity.Info, "no-public-host", "the site's host is unknown, so feed, sitemap and canonical URLs are root-relative; add 'url: https://host' to site.yml or build with an absolute --base-url to publish");

    // ---- Adding articles ----

    /// Triggered by: `briefing add missing.html`
    public static Diagnostic AddFileMissing(SourceSpan at) =>
        new(Severity.Error, "add-missing", "no such file", at);

    // ---- Curated actors (content/actors/*.yml) ----

    /// Triggered by: an actor file with `kind: person` and no `name:`
    public static Diagnostic ActorWithoutName(SourceSpan at) =>
        new(Severity.Error, "actor-without-name", "actor has no 'name'", at);

    /// Triggered by: `kind: planet`
    public static Diagnostic ActorKindUnknown(SourceSpan at, string kind) =>
        new(Severity.Error, "actor-kind-unknown", $"unknown actor kind '{kind}' (use person, organization or country)", at);

    /// Triggered by: an actor file with `name: X` but no `kind:` (and no `suppress: true`)
    public static Diagnostic ActorKindMissing(SourceSpan at, string name) =>
        new(Severity.Error, "actor-kind-missing", $"actor '{name}' has no 'kind' (use person, organization or country)", at);

    /// Triggered by: an actor file holding `- just text` instead of `name: ...` lines
    public static Diagnostic ActorNotMapping(SourceSpan at) =>
        new(Severity.Error, "actor-invalid", "an actor must be 'key: value' lines (name, kind, aliases, description, links, suppress)", at);

    /// Triggered by: two actor files both listing `aliases: [Rutte]`
    public static Diagnostic ActorAliasClaimedTwice(SourceSpan at, string alias, SourceSpan other) =>
        new(Severity.Error, "actor-alias-duplicate", $"'{alias}' is already a name or alias of the actor in {other}", at);

    // ---- Events (content/events/*.yml) ----

    /// Triggered by: an events file holding a list instead of `key: value` lines
    public static Diagnostic EventFileShape(SourceSpan at) =>
        new(Severity.Error, "event-file-invalid", "an event file must be 'key: value' lines (title, date, place, status, aliases, merge, suppress...)", at);

    /// Triggered by: `status: maybe` in an events file
    public static Diagnostic EventStatusInvalid(SourceSpan at, string value) =>
        new(Severity.Error, "event-status-invalid", $"status '{value}' must be 'planned' or 'happened'", at);

    /// Triggered by: `merge: [no-such-event]` in an events file
    public static Diagnostic EventMergeUnknown(SourceSpan at, string slug) =>
        new(Severity.Warning, "event-merge-unknown", $"no extracted event has slug '{slug}'; nothing merged (see output/api/events.json for slugs)", at);

    /// Triggered by: `actors: [nobody]` in an events file
    public static Diagnostic EventActorUnknown(SourceSpan at, string slug) =>
        new(Severity.Warning, "event-actor-unknown", $"no actor has slug '{slug}'; participant ignored", at);

    /// Triggered by: two events files with the same slug
    public static Diagnostic EventSlugDuplicate(SourceSpan at, string slug, string other) =>
        new(Severity.Error, "event-slug-duplicate", $"event slug '{slug}' is also used by {other}", at);

    /// Triggered by: `suppress: true` in a file whose slug, merge and aliases select no extracted event
    public static Diagnostic EventSuppressUnmatched(SourceSpan at) =>
        new(Severity.Warning, "event-suppress-unmatched", "suppress: true, but the file selects no extracted event (by slug, merge or aliases)", at);
}
