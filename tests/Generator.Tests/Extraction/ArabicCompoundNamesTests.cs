using BriefingSite.Model;
using BriefingSite.Tests.Support;
using Shouldly;
using Xunit;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Long Arabic names keep their particles: a title word before "bin" is the given name ("Sultan bin ..."), a word glued
/// to "al-" is part of the name ("Saif al-Islam ..."), and a group's long name is one organization when the acronym after
/// it spells its words (words.yml nameParticles, patronymicParticles).
/// </summary>
public class ArabicCompoundNamesTests
{
    [Fact]
    public void A_title_word_before_bin_is_the_given_name()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Port deal signed\n\nOman's transport minister, Sultan bin Faris Al-Harthy, signed the lease on Monday. \"This is a good day,\" Al-Harthy said.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Sultan bin Faris Al-Harthy");
        keys.ShouldNotContain("Faris Al-Harthy");
    }

    [Fact]
    public void A_common_word_glued_to_al_is_part_of_the_name()
    {
        var keys = Extracting.ActorKeys(Extracting.Facts(
            "Candidate returns\n\nSaif al-Islam Nourani said on Tuesday that he would stand in the election.\n", path: "content/articles/a.md"));
        keys.ShouldContain("Saif al-Islam Nourani");
        keys.ShouldNotContain("Nourani");
    }

    [Fact]
    public void A_long_name_spelled_by_its_bracketed_acronym_is_one_organization()
    {
        var facts = Extracting.Facts(
            "Attack claimed\n\nA statement on channels used by Harakat Sawt al-Islam wal-Adala (HSIA) claimed the attack on the convoy. HSIA has fought the army since 2019.\n", path: "content/articles/a.md");
        facts.Mentions.Where(m => m.Key == "Harakat Sawt al-Islam wal-Adala").ShouldAllBe(m => m.Kind == ActorKind.Organization);
        facts.Mentions.Count(m => m.Key == "Harakat Sawt al-Islam wal-Adala").ShouldBe(3);
        Extracting.ActorKeys(facts).ShouldNotContain("Adala");
    }

    [Fact]
    public void A_long_name_known_as_its_acronym_is_one_organization()
    {
        var facts = Extracting.Facts(
            "Captives freed\n\nHarakat Sawt al-Islam wal-Adala, known as HSIA, released the two engineers on Sunday.\n", path: "content/articles/a.md");
        facts.Mentions.Where(m => m.Key == "Harakat Sawt al-Islam wal-Adala").Select(m => m.Kind).Distinct().ShouldBe([ActorKind.Organization]);
        facts.Mentions.Count(m => m.Key == "Harakat Sawt al-Islam wal-Adala").ShouldBe(2);
    }
}
