using BriefingSite.Model;

namespace BriefingSite.Extraction;

/// <summary>A surname seen speaking on its own, and the full name it ends elsewhere in the article.</summary>
public sealed class LoneSpeakerNames(Knowledge k)
{
    /// <summary>
    /// "Amara Okonkwo, who leads the mission, ..." then "Okonkwo said": a surname found speaking on its own takes the full
    /// name it ends elsewhere in the article, when that name had no cue of its own.
    /// </summary>
    public IEnumerable<PersonCandidate> Find(List<PersonCandidate> candidates, List<List<Token>> tokenized)
    {
        var lone = candidates.Where(c => c.Kind == ActorKind.Person && c.Key is null && c.NameTokens.Count == 1)
            .Select(c => c.NameTokens[0]).ToHashSet(StringComparer.Ordinal);
        if (lone.Count == 0) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // "Lib Dem Norman Baker" found as "Norman Baker": where a found name ends, its own cue already said where it starts.
        var ends = candidates.Where(c => c.NameTokens.Count > 1).Select(c => (c.Paragraph, c.End)).ToHashSet();
        // "Duarte Abreu Lemos Quaresma" found whole, then "Ambassador Lemos": a word inside a found name is that name's.
        var spans = candidates.Where(c => c.NameTokens.Count > 1).Select(c => (c.Paragraph, c.Start, c.End)).ToList();
        for (var p = 0; p < tokenized.Count; p++)
        {
            var tokens = tokenized[p];
            for (var i = 1; i < tokens.Count; i++)
            {
                if (!lone.Contains(tokens[i].Text) || ends.Contains((p, tokens[i].End))) continue;
                if (spans.Exists(s => s.Paragraph == p && s.Start <= tokens[i].Start && tokens[i].End <= s.End)) continue;
                // "South Korea's Choi Yoon-ah" then "Choi told reporters": a family name first, before a hyphenated given name.
                if (HyphenatedGivenName(tokens, i + 1) && seen.Add(NameText.Join(tokens.Skip(i).Take(4).Select(t => t.Text).ToList())))
                    yield return new PersonCandidate(tokens.Skip(i).Take(4).Select(t => t.Text).ToList(), null, p, tokens[i].Start, tokens[i + 3].End);
                var first = i;
                while (first > 0 && i - first < 2 && GivenLike(tokens, first - 1) && tokens[first].Start - tokens[first - 1].End == 1) first--;
                if (first == i) continue;
                var name = tokens.Skip(first).Take(i - first + 1).Select(t => t.Text).ToList();
                if (seen.Add(NameText.Join(name))) yield return new PersonCandidate(name, null, p, tokens[first].Start, tokens[i].End);
            }
        }
    }

    /// <summary>"Yoon-ah", "Min-jae": a capitalized word, a hyphen and a lower-case word, all joined, right after the word before.</summary>
    private static bool HyphenatedGivenName(List<Token> tokens, int j) =>
        j + 2 < tokens.Count && tokens[j].IsCapitalized && !tokens[j].Possessive && tokens[j].Start == tokens[j - 1].End + 1 && !tokens[j - 1].Possessive
        && tokens[j + 1].Is("-") && tokens[j + 1].Start == tokens[j].End && tokens[j + 2].IsLower && tokens[j + 2].Start == tokens[j + 1].End
        && (j + 3 >= tokens.Count || !tokens[j + 3].IsCapitalized || tokens[j + 3].Start > tokens[j + 2].End + 1);

    /// <summary>A capitalized word that can start a person's name: not a known name, title, function word or generic noun.</summary>
    private bool GivenLike(List<Token> tokens, int j)
    {
        var t = tokens[j];
        return t.IsCapitalized && !t.Possessive && t.Text.Length > 1 && !t.Text.EndsWith('.') && k.Names.Match(tokens, j) is null
            && !k.IsVocabularyWord(t.Text)
            && TextChars.AllAfterFirst(t.Text, char.IsLower);
    }
}
