using System.Text.RegularExpressions;

namespace BriefingSite.Normalize;

/// <summary>
/// Finds text that came with the page but is not the article: a trailing "Latest News"/"Related" section,
/// and single lines such as "Advertisement", share and newsletter prompts, photo captions and credits.
/// </summary>
public static partial class BoilerplateFilter
{
    [GeneratedRegex(@"^(?:latest|more|top|related|recommended|trending|popular|most (?:read|popular|viewed|shared)|read (?:more|next|also)|see also|you (?:may|might) (?:also )?like|more from|around the web|also on|what to read next|other news|in other news|editor'?s picks)\b[\w\s'’&-]{0,40}:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectionMarker();

    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad|story continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|scroll to continue(?: with content)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLine();

    [GeneratedRegex(@"^(?:share(?: this(?: article| story| page)?)?(?: on| via| to)?(?: (?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|telegram))*|tweet|email|e-mail|print|copy link|save(?: article)?|listen to (?:this )?article|\d+ comments?|comments?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareLine();

    [GeneratedRegex(@"^(?:related|read more|read also|also read|see also|more|watch|listen|recommended|further reading)\s*:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLine();

    [GeneratedRegex(@"\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletter|updates|alerts|inbox|briefing|digest)\b|\bnewsletter\b.{0,40}\b(?:sign up|subscribe)\b|^follow us\b|^follow \S+(?: \S+){0,3} on (?:twitter|facebook|instagram|x|linkedin|threads|bluesky)\b|^(?:click|tap) here\b|^(?:get|download) (?:the|our) app\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromptLine();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    /// <summary>A caption's or credit's opening ("Photo: ...", "(Photo by ...)", "Reuters", "(AFP via Getty Images)"): tried at the start only.</summary>
    [GeneratedRegex(@"^(?:(?:file |main )?(?:photo|image|picture|video|graphic)(?: caption| source| credit)?|caption|pictured|credit)\s*[:,|—–-]\s*\S|^\((?:photo|image|picture|file photo)s?\b[^)]*\)$|^\(?(?:getty images|reuters|ap photo|afp|epa)(?: via getty images)?\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLine();

    /// <summary>
    /// A line ending in a picture agency's credit ("... Photo: Getty Images", "... /Reuters)"). Not anchored at the start, so
    /// it is tried only on a line whose last letter can end an agency's name (<see cref="CreditEnds"/>): unanchored over every
    /// paragraph, it was the costliest pattern of a clean build (0.86 s of CPU of the 10,000-article site, sampled).
    /// </summary>
    [GeneratedRegex(@"(?:/|\bphoto:?\s*|\bphotograph:?\s*)(?:getty images|reuters|ap|afp|epa|anadolu|bloomberg|shutterstock|pa media)\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();

    /// <summary>
    /// The last letters of the agencies' names in <see cref="AgencyCredit"/>, in both cases, with the long s and the Kelvin
    /// sign that the pattern's case-insensitive matching takes for "s" and "k".
    /// </summary>
    private const string CreditEnds = "spaugkSPAUGK\u017F\u212A";

    /// <summary>A photo caption or credit line (trimmed).</summary>
    internal static bool IsCaption(string line) => CaptionLine().IsMatch(line) || MayEndInCredit(line) && AgencyCredit().IsMatch(line);

    /// <summary>Whether the line ends, perhaps before one ")", in a letter that can end an agency's name: else <see cref="AgencyCredit"/> cannot match.</summary>
    private static bool MayEndInCredit(string line)
    {
        var end = line.Length > 0 && line[^1] == ')' ? line.Length - 2 : line.Length - 1;
        return end >= 0 && CreditEnds.Contains(line[end]);
    }

    /// <summary>
    /// A wire story's credit line: "(Reporting by Mereani Vuki in Suva; Editing by Peter Grant)", "Additional reporting by
    /// ...", "Writing by ..."; it names the agency's staff, not people of the story. A whole line, and no sentence ends in it.
    /// </summary>
    [GeneratedRegex(@"^\(?(?:(?:additional |further )?reporting|writing|editing|compiled|research)(?: and (?:reporting|writing|editing))? by [^.()]{2,300}\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    /// <summary>
    /// "CNN's Omar Haddad in Doha contributed to this report.", "Jane Roe contributed reporting.": a line crediting a
    /// colleague of the writer, no person of the story.
    /// </summary>
    [GeneratedRegex(@"^[^.!?""“”]{3,200}\bcontributed(?: reporting)?(?: to)?(?: (?:this|the) (?:report|story|article))?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ContributorLine();

    /// <summary>
    /// A byline standing anywhere near the top: "By Helen Marsh in Berlin and Idrissa Moumouni in Niamey", "By Nadia
    /// Kessler, CNN" (perhaps over an "Updated ..." line). Names, each perhaps with the place it was filed from, joined by
    /// commas or "and", then perhaps the outlet.
    /// </summary>
    [GeneratedRegex(@"^By\s+(?<names>" + BylineName + BylinePlace + @"(?:\s*(?:,|,?\s*and|&)\s*" + BylineName + BylinePlace + @")*)(?:\s*[,|–—-]\s*\p{Lu}[\w .&-]{1,40})?(?:\n(?:Updated|Published|Posted|Last updated)\b[^\n]{0,60})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineLine();

    private const string BylineName = @"\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|al|bin|da|dos|la|le)){1,4}";
    private const string BylinePlace = @"(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?";

    /// <summary>The names of a byline paragraph ("Helen Marsh in Berlin and Idrissa Moumouni in Niamey"), or null when it is none.</summary>
    public static string? BylineNames(string paragraph) =>
        paragraph.Length <= 160 && BylineLine().Match(paragraph.Trim()) is { Success: true } m ? m.Groups["names"].Value : null;

    /// <summary>
    /// A chart's or map's legend entry, a colour swatch drawn in block characters and its label: "██ Labour Party - 203
    /// seats", "■ Hare: 3". The page's picture, not the article's text.
    /// </summary>
    [GeneratedRegex(@"^[█▇▆■▮◼⬛]+\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex LegendLine();

    /// <summary>True when the paragraph opens a trailing section of other stories; everything from it to the end goes.</summary>
    public static bool IsSectionMarker(string paragraph) =>
        TextShape.WordCount(paragraph) <= 6 && !TextShape.EndsWithPunctuation(paragraph.TrimEnd(':')) && SectionMarker().IsMatch(paragraph.Trim());

    /// <summary>
    /// "ALSO ON OUR RADAR" in a newsletter, then items that are whole sentences of news ("Mongolia: the State Great
    /// Khural approved ... on Monday."): a section of the article itself, not a list of links to other stories, whose
    /// lines are headlines. True when most of the section's lines are long sentences.
    /// </summary>
    public static bool ReportsNews(IEnumerable<string> section)
    {
        var lines = section.SelectMany(s => s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var sentences = lines.Count(l => TextShape.WordCount(l) >= 15 && l.TrimEnd().EndsWith('.'));
        return lines.Count > 0 && sentences * 3 >= lines.Count * 2;
    }

    /// <summary>True for a single line of page furniture that can sit anywhere in the body.</summary>
    public static bool IsFurniture(string paragraph)
    {
        var p = paragraph.Trim();
        var words = TextShape.WordCount(p);
        if (words <= 8 && (AdLine().IsMatch(p) || ShareLine().IsMatch(p))) return true;
        if (words <= 30 && (RelatedLine().IsMatch(p) || PromptLine().IsMatch(p))) return true;
        if (words <= 20 && (CopyrightLine().IsMatch(p) || LegendLine().IsMatch(p))) return true;
        return words <= 45 && (IsCaption(p) || CreditLine().IsMatch(p) || ContributorLine().IsMatch(p));
    }
}
