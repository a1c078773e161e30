using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Normalize;

/// <summary>Articles in styles other than the seeds: wire copy, bylines, captions, related blocks, hard wrapping, Markdown.</summary>
public class StyleNormalizationTests
{
    [Fact]
    public void Wire_dateline_with_region_and_agency_is_metadata()
    {
        var (a, _) = Normalizing.Text("""
            Ceasefire talks resume in Geneva

            GENEVA, Switzerland (Reuters) — Negotiators returned to the table on Monday after a week of shelling.

            Officials said the talks would last three days.
            """);
        a.Title.ShouldBe("Ceasefire talks resume in Geneva");
        a.Place.ShouldBe("Geneva, Switzerland");
        a.Agency.ShouldBe("Reuters");
        a.Markdown.ShouldStartWith("Negotiators returned");
    }

    [Fact]
    public void Byline_and_date_line_become_author_and_date()
    {
        var (a, _) = Normalizing.Text("""
            Parliament approves defence budget
            By Maria Lopez and Tom Reed
            Published: 3 March 2024

            Lawmakers approved a larger defence budget on Tuesday, ending weeks of debate.

            The vote was 312 to 190.
            """);
        a.Author.ShouldBe("Maria Lopez and Tom Reed");
        a.Date.ToString().ShouldBe("2024-03-03");
        a.Markdown.ShouldNotContain("By Maria");
    }

    [Fact]
    public void Wikinews_style_weekday_date_paragraph_with_no_break_space_sets_the_date()
    {
        var (a, _) = Normalizing.Text("Nancy Pelosi again elected Speaker\n\nFriday, January 4, 2019\u00A0\n\n\nOn Thursday, the House elected Nancy Pelosi as Speaker.\n\n\nShe received 220 votes.\n");
        a.Date.ToString().ShouldBe("2019-01-04");
        a.Markdown.ShouldStartWith("On Thursday");
    }

    [Fact]
    public void Captions_share_lines_and_advertisements_are_removed_and_reported()
    {
        var (a, diags) = Normalizing.Text("""
            Storm hits coast

            Thousands of homes lost power overnight as the storm made landfall.
            Photo: Residents clear debris in Galveston. (AP Photo/John Doe)
            Advertisement
            Share this article
            Sign up for our daily newsletter to get updates in your inbox.
            Emergency crews worked through the night, officials said.
            """);
        a.Markdown.ShouldNotContain("Photo:");
        a.Markdown.ShouldNotContain("Advertisement");
        a.Markdown.ShouldNotContain("Share this");
        a.Markdown.ShouldNotContain("newsletter");
        a.Markdown.ShouldContain("Emergency crews worked");
        diags.Count(d => d.Code == "boilerplate-removed").ShouldBe(4);
    }

    [Fact]
    public void A_wire_credit_line_is_not_article_text()
    {
        var (a, diags) = Normalizing.Text("""
            Ministers agree to meet again

            Trade ministers of five island states agreed on Friday to meet again in Apia next month.

            Reporting by an agency's correspondents in the region has found little support for the plan.

            (Reporting by Lusia Tapueluelu in Apia and Henare Moko in Nuku'alofa; Editing by Graham Osei)
            """);
        a.Markdown.ShouldNotContain("Graham Osei");
        a.Markdown.ShouldNotContain("Lusia Tapueluelu");
        // A sentence about reporting is the article's own.
        a.Markdown.ShouldContain("Reporting by an agency's correspondents");
        diags.Count(d => d.Code == "boilerplate-removed").ShouldBe(1);
    }

    [Fact]
    public void Related_links_block_at_the_end_is_cut()
    {
        var (a, _) = Normalizing.Text("""
            Minister resigns over report

            The minister resigned on Friday after a damning report into procurement.

            Her deputy will take over until an election is called.

            Related Coverage
            Opposition demands inquiry
            Five things to know about the report
            """);
        a.Markdown.ShouldNotContain("Opposition demands");
        a.Markdown.ShouldNotContain("Related");
    }

    [Fact]
    public void A_newsletter_section_of_news_items_after_an_also_on_heading_is_kept()
    {
        var (a, _) = Normalizing.Text("""
            Europe Evening Brief

            Good evening. Here is what happened today.

            The port strike in Gdansk entered its second week on Monday, and talks are due to resume on Thursday.

            ALSO ON OUR DESK

            - Estonia: the Riigikogu approved Kaja Tamm as justice minister on Tuesday, ending a month without one in the post.
            - Portugal: Lisbon will host the fisheries ministers of the bloc on March 3 and 4 for talks on quotas in the Atlantic.
            """);
        a.Markdown.ShouldContain("Riigikogu approved");
        a.Markdown.ShouldContain("Lisbon will host");
    }

    [Fact]
    public void Related_colon_line_inside_the_body_is_removed()
    {
        var (a, _) = Normalizing.Text("""
            Talks stall

            The talks stalled again on Wednesday.
            Related: Why the talks keep failing
            Diplomats blamed both sides for the delay.
            """);
        a.Markdown.ShouldNotContain("Why the talks");
        a.Markdown.ShouldContain("Diplomats blamed");
    }

    [Fact]
    public void Hard_wrapped_paragraphs_are_joined()
    {
        var (a, _) = Normalizing.Text("""
            Wrapped wire copy

            The foreign ministers of the two countries met in Vienna on
            Thursday to discuss the prisoner exchange that was agreed in
            principle last month, according to a joint statement.

            A further meeting is planned for next week, the statement said.
            """);
        a.Markdown.ShouldContain("met in Vienna on Thursday to discuss the prisoner exchange that was agreed in principle last month");
    }

    [Fact]
    public void Front_matter_wins_over_what_the_text_suggests()
    {
        var (a, _) = Normalizing.Text("""
            ---
            title: Editor's title
            date: 2025-02-13
            source: Example News
            slug: custom-slug
            ---
            Headline in the text

            Body text of the article, long enough to be a paragraph.
            """, "content/articles/x.md");
        a.Title.ShouldBe("Editor's title");
        a.Date.ToString().ShouldBe("2025-02-13");
        a.Source.ShouldBe("Example News");
        a.Slug.ShouldBe("custom-slug");
    }

    [Fact]
    public void Markdown_article_keeps_its_markup_and_takes_its_h1_as_title()
    {
        var (a, _) = Normalizing.Text("# Summit ends\n\nLeaders *agreed* on a [plan](https://example.org).\n\n## Reactions\n\nMixed.\n", "content/articles/s.md");
        a.Title.ShouldBe("Summit ends");
        a.Markdown.ShouldContain("*agreed*");
        a.Markdown.ShouldContain("## Reactions");
    }

    [Fact]
    public void Plain_text_markup_characters_are_escaped_not_interpreted()
    {
        var (a, _) = Normalizing.Text("Title here\n\nSpending rose *sharply* to <b>5%</b> in [2024].\n\n1. Not a list item.\n");
        a.Markdown.ShouldContain("\\*sharply\\*");
        a.Markdown.ShouldContain("\\<b\\>");
        a.Markdown.ShouldContain("1\\. Not a list item.");
    }

    [Fact]
    public void Three_short_lines_in_a_row_are_not_subheadings()
    {
        var (a, _) = Normalizing.Text("Title\n\nA first paragraph of prose, with a full stop.\nRed team\nBlue team\nGreen team\nA last paragraph of prose.\n");
        a.Markdown.ShouldNotContain("##");
    }

    [Fact]
    public void Markdown_lists_and_code_blocks_keep_their_structure()
    {
        var md = "# Plan agreed\n\nThe plan has three parts:\n\n- a ceasefire\n- an exchange of prisoners\n  - all of them\n- talks\n\n```\nline one\n    indented\n```\n\nAfter the list.\n";
        var (a, _) = Normalizing.Text(md, "content/articles/plan.md");
        a.Markdown.ShouldContain("- a ceasefire\n- an exchange of prisoners\n  - all of them\n- talks");
        a.Markdown.ShouldContain("```\nline one\n    indented\n```");
    }
}
