using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// How wire copy, local news and transcripts introduce people and institutions nobody listed: occupations before a
/// name, a name set off by commas after its role, a titled name followed by where the person works, institutions
/// named by their head noun, double surnames, transcript speaker markers. Invented names throughout.
/// </summary>
public class WireCopyCueTests
{
    private static IEnumerable<string> People(ArticleFacts facts) => facts.Mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Key).Distinct();
    private static IEnumerable<string> Organizations(ArticleFacts facts) => facts.Mentions.Where(m => m.Kind == ActorKind.Organization).Select(m => m.Key).Distinct();

    [Theory]
    [InlineData("\"The signal is faint but it is there,\" said Leiden astronomer Tjalling Verbeek.", "Tjalling Verbeek")]
    [InlineData("Epidemiologist Ngozi Achterberg of the Lagos Institute said, \"This spreads faster than we feared.\"", "Ngozi Achterberg")]
    [InlineData("Reports named him as a Marseille resident and Tunisian national Karim Belhadj.", "Karim Belhadj")]
    [InlineData("Voter Lindqvist Aaltonen told the paper, \"We came out because this time it matters.\"", "Lindqvist Aaltonen")]
    public void An_occupation_before_a_name_introduces_a_person(string text, string person)
    {
        var facts = Extracting.Facts(text);
        People(facts).ShouldContain(person);
        if (text.Contains('"')) facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe(person);
    }

    [Fact]
    public void A_name_set_off_by_commas_after_its_role_is_a_person()
    {
        var facts = Extracting.Facts("The head of the county's fire service, Oyvind Marchetti, on Sunday said the blaze was contained.");
        People(facts).ShouldBe(["Oyvind Marchetti"]);
    }

    [Fact]
    public void Where_a_titled_person_works_is_not_part_of_the_name_and_is_an_organization_of_its_own()
    {
        var facts = Extracting.Facts("Two crew members died, according to Commissioner Dagny Ferrante of the Vermont Department of Ports and Coastal Safety.");
        People(facts).ShouldBe(["Dagny Ferrante"]);
        Organizations(facts).ShouldBe(["Vermont Department of Ports and Coastal Safety"]);
    }

    [Fact]
    public void The_place_where_the_speaker_works_does_not_speak()
    {
        var facts = Extracting.Facts("Dr. Imelda Fonseca at Mercy Cross said, \"We received eleven patients within the hour.\"");
        People(facts).ShouldBe(["Imelda Fonseca"]);
        facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe("Imelda Fonseca");
    }

    [Fact]
    public void A_capitalized_word_before_a_role_qualifies_the_role()
    {
        var facts = Extracting.Facts("Arvid Tollefsen, a former Dagbladet manager and owner of the website, founded the party. Tollefsen said he would run.");
        People(facts).ShouldBe(["Arvid Tollefsen"]);
    }

    [Fact]
    public void An_institution_is_named_by_its_head_noun_without_the()
    {
        var facts = Extracting.Facts("A 31-year-old man was arrested by Kestrel Valley Police on suspicion of arson.");
        Organizations(facts).ShouldBe(["Kestrel Valley Police"]);
    }

    [Fact]
    public void A_double_surname_ending_like_a_city_is_one_person_and_its_first_surname_stands_for_them()
    {
        var facts = Extracting.Facts("Defence Minister Ernesto Barrantes Lima signed the order. \"The fleet is ready,\" Minister Barrantes said. Ernesto Barrantes then left.");
        People(facts).ShouldBe(["Ernesto Barrantes Lima"]);
        facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe("Ernesto Barrantes Lima");
    }

    [Fact]
    public void A_given_name_that_is_also_a_noun_opens_a_name()
    {
        var facts = Extracting.Facts("The Unity League nominee Bill Okafor of Ohio said the race was open.");
        People(facts).ShouldContain("Bill Okafor");
    }

    [Fact]
    public void A_demonym_standing_for_a_language_names_no_country()
    {
        var facts = Extracting.Facts("The statement, translated from Portuguese, was read aloud in Spanish. Brazilian officials said nothing.");
        facts.Mentions.Select(m => m.Key).Distinct().ShouldBe(["Brazil"]);
    }

    [Fact]
    public void A_scare_quoted_name_is_nobodys_words()
    {
        var facts = Extracting.Facts("Minister Halvard Ruud said the deal fits the government's \"outward investment\" strategy. The ministry launched a programme dubbed \"Shield 2030\" last year.");
        facts.Quotes.ShouldBeEmpty();
    }

    [Fact]
    public void Transcript_answers_under_upper_case_markers_are_quotes_of_the_person_named()
    {
        var facts = Extracting.Facts(string.Join("\n\n",
            "The excerpt is from the news conference of Foreign Minister Amara Diallo Keita and Trade Secretary Joon Park-ho.",
            "PARK: Good morning. We signed the agreement an hour ago and it enters into force in May.",
            "Q (Radio Sahel): Minister Keita, is the deal secure?",
            "KEITA: It is secure. Parliament approved it last week after a long debate.",
            "I would add one thing. The tariffs fall on the first day.",
            "Q (Daily Courier): What happens next?",
            "PARK: Our negotiators meet again in June to review the quotas."));
        facts.Quotes.Select(q => (q.SpeakerKey, q.Text[..12])).ShouldBe([
            ("Joon Park-ho", "Good morning"), ("Amara Diallo Keita", "It is secure"), ("Amara Diallo Keita", "I would add "), ("Joon Park-ho", "Our negotiat")]);
    }

    [Fact]
    public void A_listed_leader_is_found_under_the_spelling_english_text_uses()
    {
        var facts = Extracting.Facts("Turkish premier Recep Erdogan met Chancellor Gerhard Schroeder in Berlin. Erdogan said talks went well.");
        People(facts).Order(StringComparer.Ordinal).ShouldBe(["Gerhard Schröder", "Recep Tayyip Erdoğan"]);
    }

    [Fact]
    public void A_countrys_own_institutions_are_organizations_named_after_it_and_named_again_later()
    {
        var facts = Extracting.Facts("Uruguay's Senate approved the frigates on Tuesday. The Uruguayan Navy will crew them. Paraguay's Foreign Ministry said it took note. The vote in the Senate was close.");
        Organizations(facts).Order(StringComparer.Ordinal).ShouldBe(["Ministry of Foreign Affairs of Paraguay", "Senate of Uruguay", "Uruguayan Navy"]);
        facts.Mentions.Count(m => m.Key == "Senate of Uruguay").ShouldBe(2);
        facts.Mentions.Select(m => m.Key).ShouldContain("Paraguay");
    }

    [Fact]
    public void A_countrys_company_is_an_organization()
    {
        var facts = Extracting.Facts("The tender went to Norway's Fjellheim Subsea Systems, ahead of Italy's Adriatica Naval Group and Blue Heron Logistics.");
        Organizations(facts).Order(StringComparer.Ordinal).ShouldBe(["Adriatica Naval Group", "Blue Heron Logistics", "Fjellheim Subsea Systems"]);
    }

    [Fact]
    public void A_source_named_by_according_to_at_the_start_of_the_clause_speaks_the_quote()
    {
        var facts = Extracting.Facts("Opposition senators were led by Senator Rosalind Achebe-Moore. According to Achebe-Moore, the cabinet \"has bought a frigate before it has bought a single ambulance.\"");
        facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe("Rosalind Achebe-Moore");
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quote_is_said_by_the_person_the_paragraph_before_ended_on()
    {
        var facts = Extracting.Facts(string.Join("\n\n",
            "The tribunal ordered the release of the activist on Thursday.",
            "Tomasz Wierzbicki, the rights group's regional director, called the ruling a turning point.",
            "\"For two years the authorities ignored every call to try him or let him go."));
        facts.Quotes.ShouldHaveSingleItem().SpeakerKey.ShouldBe("Tomasz Wierzbicki");
    }

    private static IEnumerable<string> Countries(ArticleFacts facts) => facts.Mentions.Where(m => m.Kind == ActorKind.Country).Select(m => m.Key).Distinct();

    [Theory]
    [InlineData("Senator Halvard Quist of Georgia said the count in Georgia, Ohio and Arizona was over.")]
    [InlineData("The recount was ordered by a judge in the Northern District of Georgia on Friday.")]
    public void A_country_named_like_another_place_is_not_meant_without_another_of_its_names(string text) =>
        Countries(Extracting.Facts(text)).ShouldNotContain("Georgia");

    [Theory]
    [InlineData("Georgia recalled its ambassador on Friday. The Georgian foreign minister said talks were over.")]
    [InlineData("Protesters gathered outside parliament in Tbilisi as Georgia prepared for the vote.")]
    public void A_country_named_like_another_place_is_meant_when_the_article_also_uses_its_demonym_or_capital(string text) =>
        Countries(Extracting.Facts(text)).ShouldContain("Georgia");

    [Theory]
    [InlineData("Oil platforms in the Gulf of Mexico were evacuated before the storm.", "Mexico")]
    [InlineData("Coast guard ships shadowed the convoy across the South China Sea on Monday.", "China")]
    public void A_sea_named_after_a_country_is_a_place(string text, string country) =>
        Countries(Extracting.Facts(text)).ShouldNotContain(country);

    [Fact]
    public void A_later_bare_name_of_a_government_body_is_the_one_named_in_full_before()
    {
        var facts = Extracting.Facts("The U.S. Supreme Court agreed on Monday to hear the appeal. The Supreme Court will rule by June, lawyers said.");
        Organizations(facts).ShouldBe(["Supreme Court of the United States"]);
    }

    [Theory]
    [InlineData("Hong Kong's government withdrew the bill on Wednesday after weeks of protests.", "Hong Kong")]
    [InlineData("The Puerto Rican legislature confirmed the nominee in San Juan on Friday.", "Puerto Rico")]
    [InlineData("Scottish judges ruled against the government on Wednesday.", "Scotland")]
    public void A_territory_or_nation_with_its_own_government_is_an_actor_like_a_country(string text, string territory) =>
        Countries(Extracting.Facts(text)).ShouldContain(territory);
}
