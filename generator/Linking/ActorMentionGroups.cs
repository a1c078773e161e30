using System.Collections.Immutable;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// One article's actor mentions grouped by key, groups in order of first appearance and members in text order (what
/// <c>GroupBy</c> gives) without allocating per article: the buffers are reused from one article to the next.
/// </summary>
internal sealed class ActorMentionGroups
{
    private readonly Dictionary<string, int> groupOf = new(StringComparer.Ordinal);
    private int[] groupOfMention = new int[64];
    private int[] starts = new int[65];
    private int[] next = new int[65];
    private int[] members = new int[64];

    public int Count { get; private set; }

    public void Split(ImmutableArray<ActorMention> mentions)
    {
        var n = mentions.Length;
        if (groupOfMention.Length < n)
        {
            groupOfMention = new int[2 * n];
            members = new int[2 * n];
            starts = new int[2 * n + 1];
            next = new int[2 * n + 1];
        }
        groupOf.Clear();
        for (var i = 0; i < n; i++)
        {
            if (!groupOf.TryGetValue(mentions[i].Key, out var g)) groupOf[mentions[i].Key] = g = groupOf.Count;
            groupOfMention[i] = g;
        }
        Count = groupOf.Count;
        Array.Clear(starts, 0, Count + 1);
        for (var i = 0; i < n; i++) starts[groupOfMention[i] + 1]++;
        for (var g = 1; g <= Count; g++) starts[g] += starts[g - 1];
        Array.Copy(starts, next, Count);
        for (var i = 0; i < n; i++) members[next[groupOfMention[i]]++] = i;
    }

    /// <summary>The positions (in the mention list) of group <paramref name="group"/>'s mentions, in text order.</summary>
    public ReadOnlySpan<int> Members(int group) => members.AsSpan(starts[group], starts[group + 1] - starts[group]);
}
