using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A clause that says who did what and when, without an event word, is one event: its date no event cue took, its past verb
/// and a named actor as subject. Sentences written for these tests.
/// </summary>
public class DatedDeedTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_named_actor_doing_something_on_a_given_day_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Court hears milk case\n\nUganda petitioned the Court of Appeal on Tuesday to overturn the export ban."));
        events.ShouldContain(e => e.Title.StartsWith("Uganda petitioned the Court of Appeal") && e.Date.ToString() == "2026-05-12", Show(events));
    }

    [Fact]
    public void A_date_opening_the_sentence_dates_the_clause_after_its_comma()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Background\n\nIn 2011, Ethiopia started building the dam on the Blue Nile."));
        events.ShouldContain(e => e.Title.StartsWith("Ethiopia started building the dam") && e.Date.ToString() == "2011", Show(events));
    }

    [Fact]
    public void A_date_between_subject_and_verb_dates_the_verb()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Readout\n\nThe Minister of Trade of Ghana today received the Ambassador of Japan in Accra."));
        events.ShouldContain(e => e.Title.Contains("received the Ambassador of Japan") && e.Date.ToString() == "2026-05-14", Show(events));
    }

    [Fact]
    public void Saying_thinking_and_spans_of_time_are_no_deeds()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Notes\n\nThe Minister of Trade of Ghana said on Tuesday that exports had grown.\n\n"
            + "Ghana has supplied cocoa to Japan since 2011.\n\nAccording to Ghana, prices doubled in 2025."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void A_verb_after_a_reported_speech_verb_is_not_the_subjects_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Police\n\nThe police of Kenya said they had arrested two men on Monday."));
        events.ShouldNotContain(e => e.Title.Contains("said"), Show(events));
    }

    [Fact]
    public void Under_a_place_and_day_line_today_is_that_day()
    {
        var events = EventReadingTests.EventsOf(("2026-03-09", "Readouts of the week\n\nLisbon, 2 March 2026\n\nThe Minister of Portugal today received the Ambassador of Brazil.\n\n"
            + "Lisbon, 4 March 2026\n\nThe Minister of Portugal today received the Ambassador of Chile."));
        events.ShouldContain(e => e.Title.Contains("Ambassador of Brazil") && e.Date.ToString() == "2026-03-02", Show(events));
        events.ShouldContain(e => e.Title.Contains("Ambassador of Chile") && e.Date.ToString() == "2026-03-04", Show(events));
    }

    [Fact]
    public void A_place_and_day_line_dates_no_other_event_of_its_paragraphs()
    {
        var events = EventReadingTests.EventsOf(("2026-03-09", "Readouts of the week\n\nLisbon, 2 March 2026\n\nThey discussed the agenda of the Madrid summit.\n\n"
            + "Lisbon, 4 March 2026\n\nThe Minister of Portugal today received the Ambassador of Chile."));
        events.ShouldNotContain(e => e.Title.Contains("Madrid") && e.Date != null, Show(events));
    }

    [Fact]
    public void A_relative_clause_dates_the_noun_it_hangs_on()
    {
        var events = EventReadingTests.EventsOf(("2026-01-28", "Question\n\nWill the minister widen the oil embargo that Canada announced last May?"));
        events.ShouldContain(e => e.Kind == "sanctions" && e.Date.ToString() == "2025-05" && e.Status == EventStatus.Happened, Show(events));
    }

    [Fact]
    public void A_deed_told_in_a_relative_clause_is_done_to_its_noun()
    {
        var events = EventReadingTests.EventsOf(("2026-01-28", "Patrols\n\nOperation Northern Shield, which Canada launched last March, has not stopped the smuggling."));
        events.ShouldContain(e => e.Title == "Canada launched Operation Northern Shield" && e.Date.ToString() == "2025-03", Show(events));
    }

    [Fact]
    public void Announcing_an_intention_or_a_measure_is_an_event_whoever_announces()
    {
        var events = EventReadingTests.EventsOf(("2026-02-02", "Decisions\n\nPresident Lula da Silva announced he would not seek a fourth term.\n\n"
            + "The government of Peru announced two days of mourning."));
        events.ShouldContain(e => e.Title == "Lula da Silva announced he would not seek a fourth term" || e.Title.EndsWith("announced he would not seek a fourth term"), Show(events));
        events.ShouldContain(e => e.Title == "Peru announced two days of mourning", Show(events));
    }

    [Fact]
    public void Announcing_that_an_event_will_happen_is_that_event_not_another()
    {
        var events = EventReadingTests.EventsOf(("2026-02-02", "Senate\n\nThe Senate of Chile announced it would meet on Monday."));
        events.ShouldNotContain(e => e.Title.Contains("announced"), Show(events));
    }

    [Fact]
    public void A_date_opening_the_sentence_dates_the_main_clause_not_the_adverbial_after_it()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Border\n\nIn March 2024, after three years of talks in Geneva, Armenia and Azerbaijan exchanged maps of their border."));
        events.ShouldContain(e => e.Title.StartsWith("Armenia and Azerbaijan exchanged maps") && e.Date.ToString() == "2024-03", Show(events));
        events.ShouldNotContain(e => e.Kind == "talks" && e.Date != null, Show(events));
    }

    [Fact]
    public void A_verb_after_and_has_the_subject_of_the_first_verb()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Leak\n\nThe Guardian obtained the documents from a source in Brussels and published them on 3 May."));
        events.ShouldContain(e => e.Title.Contains("published them") && e.Date.ToString() == "2026-05-03", Show(events));
    }

    [Fact]
    public void A_lower_case_title_may_open_the_subject()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Race\n\nOn the Democratic side, former Senator Amy Klobuchar became the party's candidate in March."));
        events.ShouldContain(e => e.Title.Contains("Amy Klobuchar became the party's candidate") && e.Date.ToString() == "2026-03", Show(events));
    }

    [Fact]
    public void Announcing_yesterday_what_one_is_doing_is_dated_by_yesterday()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Race\n\nFormer candidate Amy Klobuchar announced yesterday she was endorsing Joe Biden."));
        events.ShouldContain(e => e.Title.StartsWith("Klobuchar announced she was endorsing Joe Biden") && e.Date.ToString() == "2026-05-13", Show(events));
    }

    [Fact]
    public void A_decade_dates_no_deed()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Life\n\nAmbassador Amy Klobuchar spent the 1990s arguing for a new treaty."));
        events.ShouldNotContain(e => e.Date != null && e.Date.ToString() == "1990", Show(events));
    }

    [Fact]
    public void Asking_a_body_on_a_given_day_is_a_deed_asking_a_person_is_talk()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Appeal\n\nUganda asked the African Union on Monday to send observers.\n\nThe Minister of Trade of Ghana asked reporters on Monday to wait."));
        events.ShouldContain(e => e.Title.StartsWith("Uganda asked the African Union") && e.Date.ToString() == "2026-05-11", Show(events));
        events.ShouldNotContain(e => e.Title.Contains("reporters"), Show(events));
    }

    [Fact]
    public void A_name_in_apposition_before_the_verb_is_still_the_subject()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Veil decree\n\nOn Tuesday, Marta Kowalczyk, the Prime Minister of Poland, extended the curfew to the whole country.\n\n"
            + "Police are searching for a man after Tomas Novak, mayor of the Czech city of Brno, was stabbed last night at a fundraising concert."));
        events.ShouldContain(e => e.Title.StartsWith("Marta Kowalczyk extended the curfew") && e.Date.ToString() == "2026-05-12", Show(events));
        events.ShouldContain(e => e.Title.StartsWith("Tomas Novak was stabbed") && e.Date.ToString() == "2026-05-13", Show(events));
    }

    [Fact]
    public void A_clause_between_commas_is_no_apposition()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Pageant\n\nIn Kraków, Poland, during the festival season, a statue was carried through the streets on Saturday."));
        events.ShouldNotContain(e => e.Title.StartsWith("Poland"), Show(events));
    }

    [Fact]
    public void A_capitalised_May_is_a_name_or_a_month_not_a_modal()
    {
        var events = EventReadingTests.EventsOf(("2019-05-14", "Council\n\nCouncillor Caroline May triggered a recount on 4 March.\n\nIn May 2018 the port authority launched a tender."));
        events.ShouldContain(e => e.Title.StartsWith("Councillor Caroline May triggered a recount") && e.Date.ToString() == "2019-03-04",
            string.Join(" / ", events.Select(e => $"'{e.Title}' {e.Date}")));
        events.ShouldNotContain(e => e.Title.StartsWith("May’s") || e.Title.StartsWith("May's"), string.Join(" / ", events.Select(e => $"'{e.Title}' {e.Date}")));
    }
}
