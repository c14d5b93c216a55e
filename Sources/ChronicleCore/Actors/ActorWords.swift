/// Closed word lists that the resolver reads around the gazetteer matches. They are grammar
/// rather than facts, so they live in code; every list is exercised by the example corpus.
enum ActorWords {
    static let determiners: Set<String> = ["the", "a", "an", "The", "A", "An", "THE"]

    /// Words that may stand between a determiner and a role (`the former Japanese ambassador`).
    static let modifiers: Set<String> = [
        "former", "top", "senior", "acting", "new", "incoming", "outgoing", "current", "veteran",
        "retired", "late", "young", "local", "female", "male", "elderly", "visiting", "exiled", "then",
        "high-ranking", "high-level", "ranking", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "dozen", "dozens", "hundreds", "few", "both", "several", "some", "many", "other",
        "first", "powerful", "influential", "chief", "deputy", "vice", "ruling", "hardline", "main",
        "defiant", "unnamed", "anonymous", "unidentified", "government", "state-run", "state", "official",
        "Former", "Top", "Senior", "Acting", "New", "Chief", "Deputy", "Vice", "Then",
        // portfolios: `China's commerce ministry`, `the unification minister`
        "commerce", "trade", "finance", "interior", "justice", "economy", "health", "industry",
        "unification", "energy", "agriculture", "transport", "culture", "education", "labor",
        "immigration", "environment", "housing", "science", "technology", "tourism", "fisheries",
        "mining", "development", "digital", "labour", "welfare", "employment", "infrastructure",
    ]

    /// Honorifics before a name; the value is the gender they imply, if any.
    static let honorifics: [String: Character?] = [
        "Mr.": "M", "Mr": "M", "Mrs.": "F", "Mrs": "F", "Ms.": "F", "Ms": "F", "Miss": "F", "Madam": "F",
        "Madame": "F", "Sir": "M", "Lord": "M", "Dame": "F", "Dr.": nil, "Prof.": nil, "Gen.": nil,
        "Lt.": nil, "Col.": nil, "Adm.": nil, "Sen.": nil, "Rep.": nil, "Gov.": nil, "Amb.": nil,
        "Sheikh": "M", "Sheikha": "F", "Prince": "M", "Princess": "F", "Emir": "M", "Sultan": "M", "Ayatollah": "M", "Marshal": nil, "Comrade": nil, "Maj.": nil, "Capt.": nil,
    ]

    static let malePronouns: Set<String> = ["he", "him", "his", "himself"]
    static let femalePronouns: Set<String> = ["she", "her", "hers", "herself"]
    static let pluralPronouns: Set<String> = ["they", "them", "their", "themselves"]
    static let firstPersonPlural: Set<String> = ["we", "our", "ours", "us"]
    static let firstPersonSingular: Set<String> = ["I", "me", "my", "myself"]

    /// Capitalized words that never start or continue an unknown name.
    static let nameStopWords: Set<String> = [
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Of", "With", "As", "This", "That",
        "These", "Those", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our",
        "But", "And", "Or", "If", "When", "While", "After", "Before", "Since", "Although", "However",
        "Meanwhile", "Also", "Still", "Yet", "Last", "Next", "There", "Here", "What", "Who", "Why", "How",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
        "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "North", "South", "East", "West", "Korean", "Asian", "European",
        "Western", "Eastern", "Communist", "Christian", "Muslim", "Islamic", "Sunni", "Shiite", "Shia",
        "Catholic", "English", "Ministry", "Department", "Minister", "President", "According", "Both",
        "Under", "Over", "Despite", "During", "Against", "Between", "Amid", "Without", "Through", "Even",
        "Such", "Some", "Many", "Most", "All", "No", "Not", "Now", "Then", "Earlier", "Later", "Today",
        "Yesterday", "Tomorrow", "One", "Two", "Three", "First", "Second", "Third", "Party", "Committee",
        "Council", "Agency", "Office", "Service", "Forces", "Army", "Navy", "Air", "Force", "Central",
        "National", "International", "Foreign", "Affairs", "Security", "Defense", "Defence", "Republic",
        "People", "Democratic", "State", "States", "United", "Union", "News", "Times", "Post", "Daily",
        "Peninsula", "Sea", "Island", "Islands", "Strait", "Gulf", "Ocean", "River", "Mount", "Lake",
        "Olympic", "Olympics", "Games", "Summit", "Treaty", "Agreement", "Declaration", "Act", "Law",
        "Day", "War", "Cup", "World", "Church", "University", "Institute", "Center", "Centre", "Group",
        "Bank", "Company", "Corporation", "Airlines", "Reuters", "AP", "Kyodo", "Yonhap", "Thanksgiving",
        "Christmas", "God", "Internet", "Please", "Yes", "Thank", "Dear", "Chairman", "Premier", "Secretary",
    ]

    /// Name particles that may stand inside a name (`Ursula von der Leyen`, `bin Salman`).
    static let nameParticles: Set<String> = ["bin", "al", "el", "de", "da", "di", "van", "von", "der", "le", "la", "du", "dos", "ibn", "del", "della", "das"]

    /// Before a capital, these make it a place (`in Tokyo`, `visited Pyongyang`).
    static let placePrepositions: Set<String> = [
        "in", "at", "near", "outside", "inside", "around", "across", "into", "through", "via", "toward",
        "towards", "visit", "visited", "visiting", "visits", "arrived", "reached", "reach", "of", "downtown",
        "central", "across", "over", "above", "within", "throughout", "leave", "left", "leaving", "hosted",
        "off", "suburban", "outskirts", "streets", "residents", "mayor", "airport", "downtown", "greater",
        "In", "At", "Near", "Outside",
    ]
    /// Before `to`/`from`: movement, so the capital after is a place (`flew to Seoul`).
    static let movementWords: Set<String> = [
        "travel", "traveled", "travelled", "traveling", "trip", "trips", "visit", "visits", "flew", "fly",
        "flying", "flight", "flights", "came", "come", "went", "go", "going", "return", "returned",
        "returning", "way", "route", "headed", "head", "moved", "move", "arrive", "arrived", "back",
        "journey", "drive", "drove", "sail", "sailed", "fled", "defected", "deported", "sent", "moving",
        "distance", "visitors", "visitor", "tourists", "kilometers", "kilometres", "miles", "km", "road", "train", "rail", "railway", "bus",
    ]
    /// Before a capital, these make it an actor (`talks with Pyongyang`, `urged Beijing`).
    static let actorPredecessors: Set<String> = [
        "between", "with", "against", "urged", "told", "warned", "pressed", "asked", "accused", "criticized",
        "criticised", "condemned", "on", "by", "and", "for", "upon", "pressure", "blamed", "called",
        "lobbied", "persuade", "convince", "engage", "punish", "sanction", "sanctioned", "help", "helped",
        "support", "supported", "join", "joined", "trust", "allow", "allowed", "let", "force", "forced",
        "put", "blacklist", "designate", "held", "hold", "holds",
        // present forms of a timeline or a headline: `Kyiv accuses Moscow of …`
        "accuses", "urges", "warns", "presses", "asks", "criticizes", "criticises", "condemns", "blames",
        "tells", "thanks", "invites", "summons", "rebukes", "sanctions",
        // participles that open a clause after the main one: `…, accusing Bogota of …`
        "accusing", "urging", "warning", "criticizing", "criticising", "blaming", "condemning",
        "pressing", "asking", "telling", "calling",
    ]
    /// After a capital or seat, these make it an actor (`Tokyo said`, `Pyongyang has warned`).
    static let actorVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "announced", "announces", "warned", "warns", "urged", "urges",
        "accused", "accuses", "condemned", "condemns", "criticized", "criticised", "criticizes", "denounced",
        "denounces", "rejected", "rejects", "responded", "responds", "agreed", "agrees", "demanded", "demands",
        "called", "calls", "protested", "protests", "threatened", "threatens", "vowed", "vows", "insisted",
        "insists", "stressed", "stresses", "claimed", "claims", "denied", "denies", "confirmed", "confirms",
        "expressed", "expresses", "welcomed", "welcomes", "refused", "refuses", "decided", "decides", "plans",
        "planned", "wants", "wanted", "hopes", "hoped", "sent", "sends", "launched", "launches", "imposed",
        "imposes", "fired", "fires", "offered", "offers", "proposed", "proposes", "asked", "asks", "signed",
        "signs", "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may",
        "might", "should", "must", "did", "does", "do", "also", "remains", "seeks", "sought", "believes",
        "believed", "considers", "considered", "continued", "continues", "apologized", "apologised",
        "lodged", "summoned", "recalled", "suspended", "resumed", "halted", "approved", "adopted", "pledged",
        "promised", "released", "issued", "reacted", "retaliated", "sanctioned", "dispatched", "deployed",
        // base forms after "that" in a demand: `demanded that Seoul withdraw the measures`
        "withdraw", "agree", "accept", "apologize", "apologise", "comply", "abandon", "refrain", "cease", "reverse",
        "respect", "stop", "end", "release", "lift", "halt", "pay", "honor", "honour", "crack", "approve",
        "extradite", "expel", "hand", "return", "allow",
        "conducted", "tested", "tried", "intends", "intended", "aims", "aimed", "still", "never", "already",
        "quickly", "reportedly", "repeatedly", "recently", "officially", "publicly", "then", "last", "on",
        "hailed", "praised", "thanked", "blamed", "slammed", "lashed", "dismissed", "backed", "supports",
        "supported", "opposes", "opposed", "objected", "objects", "needs", "needed", "knows", "knew",
        "admitted", "acknowledged", "noted", "added", "explained", "replied", "answered", "argued",
        "appeared", "seems", "seemed", "refuses", "maintains", "maintained", "wishes", "views", "viewed",
        "sees", "saw", "regards", "regarded", "informed", "notified", "invited", "invites", "hosted",
        "hosts", "received", "receives", "granted", "grants", "rewarded", "punished", "ordered", "orders",
        "expelled", "expels", "closed", "opened", "cut", "froze", "freezes", "broke", "raised", "lowered",
        // irregular pasts: `Washington sold missiles to Riyadh`, `Beijing struck back`
        "sold", "sells", "gave", "gives", "took", "takes", "made", "makes", "met", "meets", "held", "holds",
        "won", "lost", "struck", "strikes", "began", "begins", "led", "leads", "spoke", "speaks", "wrote",
        "writes", "brought", "bought", "fought", "paid", "pays", "kept", "keeps", "chose", "drew", "hit",
        "put", "puts", "placed", "places", "adds", "designated", "designates", "blacklisted", "set", "sets",
        "strongly", "firmly", "sharply", "swiftly", "immediately", "formally", "angrily", "flatly",
        // the present of timelines and headlines: `Yerevan appeals to Moscow`, `Baku retakes Karabakh`
        "appeals", "recognizes", "recognises", "accepts", "releases", "withdraws", "withdrew", "backs", "blocks",
        "shells", "attacks", "invades", "declares", "restores", "recalls", "summons", "visits", "deploys",
        "downgrades", "joins", "leaves", "left", "returns", "retakes", "seizes", "bans", "resumes", "suspends",
        "halts", "lifts", "reopens", "closes", "breaks", "cuts",
        // (and of chronologies: `Taipei scrambles fighters`, `Beijing voices dissatisfaction`)
        "scrambles", "approves", "clears", "voices", "lands", "arrives", "sanctions", "cancels", "lodges",
        "vetoes", "dispatches", "conducts", "tests", "stages", "detains", "arrests", "frees", "hands",
        "signals", "pledges", "promises", "reaffirms", "reiterates", "unveils", "issues", "retaliates",
        "hails", "praises", "thanks", "blames", "slams", "dismisses",
    ]
    /// After a news medium, these make it the reporter (`Kyodo reported`).
    static let reportingVerbs: Set<String> = [
        "reported", "reports", "reporting", "said", "says", "quoted", "quoting", "cited", "citing", "carried",
        "published", "broadcast", "aired", "wrote", "writes", "learned", "revealed",
    ]
    /// After a person, these attribute the quotation that follows (`Clinton said: "…"`).
    static let quoteVerbs: Set<String> = [
        "said", "says", "added", "adds", "stated", "states", "declared", "remarked", "told", "tells", "wrote", "writes",
    ]
    /// After `Turkey`, these make it the bird.
    static let turkeyFood: Set<String> = [
        "dinner", "dinners", "sandwich", "sandwiches", "meat", "breast", "leg", "legs", "roast", "bacon",
        "burger", "burgers", "feathers", "farm", "farms", "farmers", "hunting", "vulture", "season", "gravy",
        "stuffing", "slices", "day", "trot", "shoot", "pardon",
    ]
    /// After `Guinea`, these make it the animal or fowl.
    static let guineaAnimals: Set<String> = ["pig", "pigs", "fowl", "fowls", "hen", "hens", "worm", "worms"]
    /// Nouns after a person's possessive in a title that make the person the speaker
    /// (`President Obama's remarks`).
    static let speechNouns: Set<String> = [
        "remarks", "statement", "statements", "readout", "message", "address", "speech", "comments",
        "call", "calls", "interview", "letter", "op-ed", "testimony", "briefing", "press",
    ]
    /// Month names and abbreviations, for datelines (`SEOUL, June 12`).
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
        "oct.", "nov.", "dec.",
    ]
    /// Words after a role noun that continue a relative clause (`an official who is in charge of`).
    static let relativeWords: Set<String> = ["who", "whom", "whose", "which", "that"]
}

extension ActorWords {
    /// Surnames that are also common English words: a lone `Rice` or `Power` is not taken for
    /// a person unless the person was named in full before.
    static let commonSurnames: Set<String> = [
        "Power", "Rice", "King", "Bishop", "Price", "Hill", "Cook", "Hunt", "Gates", "Baker", "Young",
        "Brown", "Carter", "Bush", "Jones", "Smith", "Martin", "Graham", "Kelly", "Miller", "Bruce",
        "Wong", "Carr", "Lee", "Kim", "Park", "Han", "Wang", "Li", "Chung", "Cho", "Choi", "Ri", "Pak",
        "Singh", "Khan", "Castro", "Sharif", "Fernández", "Abdullah", "Salman", "Fahd", "Rutte", "Costa",
        "Michel", "Hammond", "Cameron", "Johnson", "Harris", "Davies", "Mattis", "Stephens", "Roos",
        // (surnames of office holders that are also words, given names or frequent family names)
        "Lasso", "Arroyo", "Arias", "Chinchilla", "Lobo", "Peters", "Kenny", "Faye", "Gabriel", "Rey",
        "Jeri", "Mara", "Amado", "García", "Garcia", "Ramírez", "Ramirez", "Rodríguez", "Rodriguez",
        "Silva", "Santos", "Morales", "Mohammed", "Hamad", "Khalifa", "Hossain",
        // (office holders of 1990-2010, listed since 2026-12-03)
        "Christopher", "Thatcher", "Levy", "Clark", "Moore", "Omar", "Hassan", "Ali", "Robertson", "Salinas",
        // (office holders of 1960-1989, listed since 2026-12-04)
        "Ford", "Wilson", "Heath", "Begin", "Pot", "Holt", "Howe", "Kennedy", "Powell", "Franco", "Madrid",
        "Fraser", "Pearson", "Hayden", "Vance", "Schmidt", "Goldberg", "Hua", "Minh", "Rhee",
        "MacDonald", "McMahon", "Blanco", "Robles", "Colombo", "Leone", "Giri", "Prasad", "Desai", "Gandhi",
        "Ahmed", "Arif", "Idris", "Faisal", "Khalid", "Saud", "Shaker", "Rao", "Reddy", "Ito", "Sato",
        "Suzuki", "Tanaka", "Kimura", "Uno", "Mita", "Laird", "Dobi", "Nol",
    ]
    /// ``commonSurnames`` by the ``PhraseHash`` of each name.
    static let commonSurnameKeys = Set(commonSurnames.map(DocumentFocus.key))
}
