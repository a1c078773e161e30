using BriefingSite.Extraction.Events;
using BriefingSite.Ingest;
using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Event words read from generator/Data/events.yml (funerals, stampedes, warrants, hostages released, briefings of a
/// committee, passive signings, charters), on short articles written for these tests, and the vocabulary reader itself.
/// </summary>
public class EventVocabularyDataTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} at {e.Place}"));

    [Fact]
    public void A_vocabulary_reads_kinds_and_phrases_with_wildcards()
    {
        var (root, _, _) = YamlReader.Read("nouns:\n  funeral: [funeral procession]\nverbs:\n  release: [\"freed * sailors\"]\n");
        var vocabulary = EventVocabulary.Read(root);
        var cues = vocabulary.Cues("Rebels freed the two sailors before the Funeral Procession began.").ToList();
        cues.Select(c => (c.Kind, c.Head, c.IsVerb)).ShouldBe([("funeral", "Funeral Procession", false), ("release", "freed the two sailors", true)]);
    }

    [Fact]
    public void The_shipped_vocabulary_is_searched_only_where_a_phrase_can_begin_with_the_same_cues()
    {
        // Tried at every position of every sentence, the vocabulary's pattern cost about a tenth of a clean build's CPU.
        EventVocabulary.Shipped.Filtered.ShouldBeTrue();
        var (root, _, _) = YamlReader.Read("nouns:\n  funeral: [funeral procession, funeral]\nverbs:\n  release: [\"freed * sailors\"]\n");
        var vocabulary = EventVocabulary.Read(root);
        vocabulary.Filtered.ShouldBeTrue();
        vocabulary.Cues("Mid-funeral, pre-funeral and funerals are no cues; the funeral is, and so is the FUNERAL PROCESSION they freed sailors at.")
            .Select(c => (c.Kind, c.Head)).ShouldBe([("funeral", "funeral"), ("funeral", "FUNERAL PROCESSION"), ("release", "freed sailors")]);
    }

    [Fact]
    public void A_wildcard_stands_for_at_most_two_words()
    {
        var (root, _, _) = YamlReader.Read("verbs:\n  release: [\"freed * sailors\"]\n");
        EventVocabulary.Read(root).Cues("Rebels freed all of the ten sailors.").ShouldBeEmpty();
    }

    [Fact]
    public void A_funeral_and_the_stampede_at_it_are_two_events_with_their_day_and_place()
    {
        var events = EventReadingTests.EventsOf(("2024-03-06",
            "Crush at mourners' march\n\nThousands gathered in Mosul on Tuesday for the funeral of the tribal leader Ahmed Saleh al-Jubouri. A stampede in Mosul during the march killed eleven people, officials said."));
        events.ShouldContain(e => e.Kind == "funeral" && e.Date.ToString() == "2024-03-05", Show(events));
        events.ShouldContain(e => e.Kind == "incident" && e.Place == "Mosul", Show(events));
    }

    [Fact]
    public void Warrants_hostages_freed_and_a_committee_briefing_are_events()
    {
        var events = EventReadingTests.EventsOf(("2025-10-10",
            "Border crisis\n\nA court in Yerevan issued arrest warrants for four commanders on Monday. The militia released the three hostages it held in Tavush on 8 October. "
            + "Defence Minister Aram Petrosyan briefed the Defence Committee on 9 October."));
        events.ShouldContain(e => e.Kind == "decision" && e.Date.ToString() == "2025-10-06", Show(events));
        events.ShouldContain(e => e.Kind == "release" && e.Date.ToString() == "2025-10-08", Show(events));
        events.ShouldContain(e => e.Kind == "meeting" && e.Date.ToString() == "2025-10-09", Show(events));
    }

    [Fact]
    public void A_charter_signed_is_an_agreement_with_its_month()
    {
        var events = EventReadingTests.EventsOf(("2025-02-01",
            "Background\n\nIn March 2021, Chad, Sudan and Libya signed the Tibesti Security Charter founding a joint patrol force."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Date.ToString() == "2021-03", Show(events));
    }
}
