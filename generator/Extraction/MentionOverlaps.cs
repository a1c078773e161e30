using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>
/// Whether a mention of a list lies over a stretch of a paragraph. A loop, not a lambda: the rules ask it for nearly every
/// token, and a lambda capturing the token's stretch made an object for each token read (about 120 MB of a 2,000-article
/// build's extraction, where such closures were allocated).
/// </summary>
internal static class MentionOverlaps
{
    public static bool Any(List<ActorMention> mentions, int paragraph, int start, int end)
    {
        foreach (var m in mentions)
            if (m.Paragraph == paragraph && m.Start < end && start < m.Start + m.Length) return true;
        return false;
    }
}
