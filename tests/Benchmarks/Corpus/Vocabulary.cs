namespace BriefingSite.Benchmarks.Corpus;

/// <summary>The fixed word pools the corpus draws from. Read-only; the cast built from them grows with the article index.</summary>
internal static class Vocabulary
{
    public static readonly (string Name, string Adjective, string Capital)[] Countries =
    [
        ("Poland", "Polish", "Warsaw"), ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
        ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"), ("Canada", "Canadian", "Ottawa"),
        ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"), ("Brazil", "Brazilian", "Brasília"),
        ("Kenya", "Kenyan", "Nairobi"), ("Nigeria", "Nigerian", "Abuja"), ("Egypt", "Egyptian", "Cairo"),
        ("Turkey", "Turkish", "Ankara"), ("Greece", "Greek", "Athens"), ("Norway", "Norwegian", "Oslo"),
        ("Sweden", "Swedish", "Stockholm"), ("Finland", "Finnish", "Helsinki"), ("Estonia", "Estonian", "Tallinn"),
        ("Latvia", "Latvian", "Riga"), ("Lithuania", "Lithuanian", "Vilnius"), ("Romania", "Romanian", "Bucharest"),
        ("Hungary", "Hungarian", "Budapest"), ("Austria", "Austrian", "Vienna"), ("Belgium", "Belgian", "Brussels"),
        ("the Netherlands", "Dutch", "The Hague"), ("Portugal", "Portuguese", "Lisbon"), ("Ireland", "Irish", "Dublin"),
        ("Mexico", "Mexican", "Mexico City"), ("Argentina", "Argentine", "Buenos Aires"), ("Chile", "Chilean", "Santiago"),
        ("Australia", "Australian", "Canberra"), ("Indonesia", "Indonesian", "Jakarta"), ("Vietnam", "Vietnamese", "Hanoi"),
        ("South Korea", "South Korean", "Seoul"), ("Ukraine", "Ukrainian", "Kyiv"), ("Moldova", "Moldovan", "Chișinău"),
        ("Georgia", "Georgian", "Tbilisi"), ("Morocco", "Moroccan", "Rabat"), ("Ghana", "Ghanaian", "Accra"),
        ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Qatar", "Qatari", "Doha"), ("Jordan", "Jordanian", "Amman"),
        ("Pakistan", "Pakistani", "Islamabad"), ("Thailand", "Thai", "Bangkok"), ("the Philippines", "Philippine", "Manila"),
        ("New Zealand", "New Zealand", "Wellington"), ("Denmark", "Danish", "Copenhagen"), ("Czechia", "Czech", "Prague"),
    ];

    public static readonly (string Name, string? Short)[] Organizations =
    [
        ("NATO", null), ("the European Union", "EU"), ("the United Nations", "UN"), ("the African Union", "AU"),
        ("the Organization for Security and Cooperation in Europe", "OSCE"), ("the World Health Organization", "WHO"),
        ("the International Monetary Fund", "IMF"), ("the World Bank", null), ("the Group of Seven", "G7"),
        ("the Association of Southeast Asian Nations", "ASEAN"), ("the International Atomic Energy Agency", "IAEA"),
        ("the Council of Europe", null), ("the Arab League", null), ("the Red Cross", null),
        ("the World Trade Organization", "WTO"), ("the European Commission", null), ("the UN Security Council", null),
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Marek", "Sofia", "Lukas", "Amara", "Kenji", "Priya", "Mateo", "Ingrid", "Tomas", "Leila", "Daniel",
        "Chiara", "Olusegun", "Mei", "Pavel", "Elena", "Rashid", "Camille", "Jonas", "Nadia", "Hugo", "Aiko", "Farid",
        "Greta", "Ivan", "Lucia", "Kwame", "Hana", "Stefan", "Marta", "Yusuf", "Clara", "Andrzej", "Rosa", "Emeka",
        "Sanna", "Diego", "Irina", "Viktor", "Ayesha", "Pieter", "Joana", "Malik", "Eva", "Ruslan", "Noor", "Henrik",
    ];

    public static readonly string[] Surnames =
    [
        "Kowalski", "Brandt", "Moreau", "Rossi", "Okafor", "Tanaka", "Sharma", "García", "Lindqvist", "Novak", "Haddad",
        "Fischer", "Bianchi", "Adeyemi", "Chen", "Petrov", "Popescu", "Karimi", "Laurent", "Berg", "Mansour", "Silva",
        "Yamamoto", "Nasser", "Johansson", "Ivanova", "Ferreira", "Mensah", "Kimura", "Horvat", "Nowak", "Demir",
        "Vogel", "Wiśniewski", "Costa", "Eze", "Virtanen", "Álvarez", "Sokolova", "Kovács", "Qureshi", "de Vries",
        "Santos", "Haddadi", "Novotná", "Shevchenko", "Rahman", "Holm", "Aydin", "Marchetti", "Osei", "Lehmann",
    ];

    /// <summary>Titles a person may hold; {0} is a country adjective.</summary>
    public static readonly string[] CountryRoles =
    [
        "{0} Foreign Minister", "{0} Defense Minister", "{0} Prime Minister", "{0} President", "{0} Finance Minister",
        "{0} Trade Minister", "{0} Interior Minister", "{0} Energy Minister", "{0} ambassador", "{0} Health Minister",
    ];

    /// <summary>Titles tied to an organization; {0} is its name or short name.</summary>
    public static readonly string[] OrganizationRoles =
    [
        "{0} Secretary General", "{0} spokesperson", "{0} envoy", "{0} chief economist", "{0} Commissioner",
    ];

    public static readonly string[] Topics =
    [
        "energy security", "grain exports", "defense spending", "a ceasefire", "sanctions", "climate finance",
        "migration", "border security", "trade tariffs", "cyber attacks", "vaccine supplies", "debt relief",
        "nuclear safety", "humanitarian aid", "air defense", "shipping routes", "refugee returns", "election monitoring",
    ];

    public static readonly string[] Agencies = ["AN", "Reuters", "AFP", "AP", "dpa", "PAP"];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Sentences of background with no names in them: the bulk of a news article's words.</summary>
    public static readonly string[] Background =
    [
        "Officials said the talks had been difficult but productive, and that several points remained open.",
        "Analysts expect the negotiations to continue well into next year, with few concessions on either side.",
        "The previous round ended without a joint statement after disagreements over financing and verification.",
        "Diplomats familiar with the discussions said a draft text had circulated among delegations for a week.",
        "Opposition lawmakers criticized the government for agreeing to terms they called vague and unenforceable.",
        "Markets reacted calmly to the news, with bond yields little changed by the close of trading.",
        "Aid groups warned that any delay would leave hundreds of thousands of people without winter supplies.",
        "The agreement still needs the approval of national parliaments, a process that could take several months.",
        "Critics noted that similar pledges made two years ago had been only partly fulfilled.",
        "Security around the venue was tight, with roads closed and several hundred police officers on duty.",
        "A senior official, speaking on condition of anonymity, said the mood in the room was tense at times.",
        "The ministers also discussed the long-term funding of joint projects and the sharing of intelligence.",
        "Several delegations asked for more time to consult their capitals before signing the final communique.",
        "Protesters gathered outside the building, calling for faster action and more transparency.",
        "The figures released on Tuesday showed a sharp rise in spending compared with the same period last year.",
        "Experts said the plan was ambitious but achievable if the promised funds arrive on time.",
    ];
}
