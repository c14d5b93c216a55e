/// A word or punctuation mark the resolver compares tokens with, held as its ``PhraseHash``.
///
/// Tokens carry no text (``ActorToken``), so a context rule such as "the word before is `to`"
/// compares two integers: `token.isLower(.to)`. The hash is that of the token text, so a
/// literal is written as the tokenizer normalizes it (`'s`, not `’s`; `"` for `“`).
///
/// ```swift
/// if previous.isText(.comma) && next.isLower(.of) { ... }
/// ```
struct TokenLiteral: Sendable {
    /// ``PhraseHash/token(_:lowered:)`` of the literal text.
    let hash: UInt64

    /// The literal `text` (one token as the tokenizer cuts it).
    init(_ text: String) {
        hash = PhraseHash.token(text.utf8, lowered: false)
    }

    /// Literals of several words, for `isText(oneOf:)`.
    static func list(_ words: String...) -> [TokenLiteral] { words.map(TokenLiteral.init) }

    // MARK: Punctuation

    static let comma = TokenLiteral(",")
    static let period = TokenLiteral(".")
    static let semicolon = TokenLiteral(";")
    static let colon = TokenLiteral(":")
    /// What ends a sentence of speech: a period, a question or an exclamation mark.
    static let sentenceEnds = TokenLiteral.list(".", "?", "!")
    static let quote = TokenLiteral("\"")
    static let openParenthesis = TokenLiteral("(")
    static let closeParenthesis = TokenLiteral(")")
    static let dash = TokenLiteral("-")
    static let possessive = TokenLiteral("'s")
    /// NATO's own word for its members (`Allies have provided …`), matched as written.
    static let allies = TokenLiteral("Allies")

    // MARK: Words

    static let the = TokenLiteral("the")
    /// Auxiliaries that open a question before its subject ("Has the Secretary talked to …?").
    static let questionAuxiliaries = TokenLiteral.list("has", "have", "had", "did", "does", "do", "is", "was", "will", "would", "can", "could")
    static let capitalThe = TokenLiteral("The")
    static let and = TokenLiteral("and")
    static let or = TokenLiteral("or")
    static let also = TokenLiteral("also")
    static let of = TokenLiteral("of")
    static let `for` = TokenLiteral("for")
    static let to = TokenLiteral("to")
    static let `in` = TokenLiteral("in")
    static let from = TokenLiteral("from")
    static let by = TokenLiteral("by")
    static let with = TokenLiteral("with")
    /// Prepositions before "which" that make its clause one about an occasion ("in which",
    /// "during which", "at which").
    static let occasionPrepositions = list("in", "during", "at")
    static let according = TokenLiteral("according")
    static let interview = TokenLiteral("interview")
    static let state = TokenLiteral("state")
    static let capitalState = TokenLiteral("State")
    static let north = TokenLiteral("North")
    static let south = TokenLiteral("South")
    static let northern = TokenLiteral("northern")
    static let southern = TokenLiteral("southern")
    static let side = TokenLiteral("side")
    static let him = TokenLiteral("him")
    static let he = TokenLiteral("he")
    static let she = TokenLiteral("she")
    static let it = TokenLiteral("it")
    static let they = TokenLiteral("they")
    static let including = TokenLiteral("including")
    static let them = TokenLiteral("them")
    /// Words before "their" that make it no verb's object ("for their", "and their").
    static let nonVerbsBeforeTheir: [TokenLiteral] = [
        "of", "for", "with", "in", "on", "at", "to", "from", "by", "about", "and", "or", "but", "that", "over",
        "into", "against", "between", "after", "before", "under", "as", "than", "without", "toward", "towards",
        "despite", "during", "through", "all", "both", "among", "whose", "if", "while", "when",
    ].map(TokenLiteral.init)
    /// First-person singular forms that are not the speaker: the object `Me` of a title, a
    /// lower-case `i` (a list item), and `MY` outside a sentence start (an abbreviation).
    static let capitalMe = TokenLiteral("Me")
    static let lowerI = TokenLiteral("i")
    static let capitalMy = TokenLiteral("MY")

    // MARK: Word lists

    /// The determiners of ``ActorWords/determiners``, as written.
    static let determiners = ActorWords.determiners.map(TokenLiteral.init)
    /// Before `Turkey`, these make it the bird (`roast turkey`, `Thanksgiving Turkey`).
    static let turkeyPrecedents = list("wild", "roast", "roasted", "smoked", "Thanksgiving")
    /// After `Georgia`, these make it the US state.
    static let usStateFollowers = list("state", "governor", "senator", "voters", "Republicans", "Democrats", "Bulldogs")
    /// Before a name and `of`, these make the state after it a US state (`Sen. Sam Nunn of
    /// Georgia`, `Rep. Jane Doe, a Democrat of Georgia`), matched lowercased.
    static let usStateTitles = list("sen", "sen.", "senator", "rep", "rep.", "representative", "congressman", "congresswoman",
                                    "gov", "gov.", "governor", "democrat", "republican")
    /// Before a seat of power, these make it a place (`at the White House`).
    static let seatPlacePrepositions = list("at", "to", "from", "into", "outside", "inside")
    /// Before a medium, these make it the reporter (`told CNN`, `quoted by Xinhua`).
    static let reporterPrecedents = list("told", "quoted", "cited", "by", "via", "citing", "quoting")
    /// Before `by` and a name, these make the name the envoy of the actor before
    /// (`North Korea, represented by Kim Song Hye`).
    static let representationVerbs = list("represented", "led", "headed", "accompanied")
    /// Before `he`/`she`, these make the pronoun their speaker (`Kim said he was willing`).
    static let sayingVerbs = list("said", "says", "added", "insisted", "stressed", "noted", "argued",
                                  "warned", "declared", "promised", "pledged", "vowed", "suggested")
    /// Verbs of telling someone that …: "told Congress that he …" is said by whoever told.
    static let tellingVerbs = list("told", "tells", "assured", "informed", "reminded", "warned", "promised", "notified")
    /// Days that open a sentence after ``dayPrepositions`` ("On Monday Kim met …").
    static let weekdays = list("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    static let dayPrepositions = list("on", "last", "early", "late")
    /// Words of a time phrase that opens a sentence before its subject pronoun ("Three days
    /// later he …", "On the following day she …", "In late March he …", "In the days that followed, it …").
    static let openingTimeWords = list(
        "on", "in", "at", "by", "during", "after", "later", "earlier", "then", "afterwards", "meanwhile",
        "the", "a", "that", "this", "same", "next", "following", "last", "early", "late", "mid", "few",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "morning", "evening", "night",
        "followed", "ensued")
    /// Messages that speak for whoever issued them (`The statement warned …`).
    static let messageNouns = list("statement", "commentary", "editorial", "communique", "letter", "message", "article")
    /// Nouns that a group's role word modifies (`a military cooperation agreement`, `government
    /// spending`): the role word is then no actor.
    static let roleModifiedNouns = list("cooperation", "agreement", "agreements", "pact", "accord", "deal", "exercise", "exercises",
                                        "drills", "aid", "assistance", "ties", "relations", "spending", "budget", "equipment",
                                        "hardware", "technology", "buildup", "build-up", "parade", "base", "bases", "presence",
                                        "doctrine", "strategy", "policy", "satellite", "satellites", "drone", "drones")
    /// Words after which `the country` or `the nation` is a place, not the country last named
    /// ("leave the country", "across the nation", "an address to the nation").
    static let placeWordsBeforeCountry = list("in", "across", "throughout", "around", "to", "into", "from", "inside",
                                              "within", "outside", "leave", "left", "leaving", "leaves", "enter",
                                              "entered", "entering", "flee", "fled", "fleeing", "return", "returned")
    /// Verbs after which `it` or `they` is the body that announces (`said it would`).
    static let announcingVerbs = list("announced", "stated", "confirmed", "reported", "claimed", "denied", "threatened")
    /// After `it`, these make it a body that acts on another ("…, and it urged Russia to act
    /// responsibly", "It called on both sides to …"), as a verb of saying does.
    static let pressingVerbs = list("urged", "called", "demanded", "condemned", "accused", "criticized", "criticised",
                                    "pressed", "rejected", "welcomed", "protested", "summoned", "denounced",
                                    "appealed", "invited", "asked", "expressed", "reiterated", "voiced")
    /// Before `it`, these make it the body whose words the clause reports ("The White House said
    /// China had briefed it"): one informs or asks another, not oneself.
    static let informingVerbs = list("briefed", "informed", "notified", "assured", "contacted", "consulted",
                                     "thanked", "brief", "inform", "notify", "assure", "contact", "consult", "thank")
    /// After a comma, these are said by the sentence's subject (`…, saying that he wanted …`).
    static let sayingParticiples = list("saying", "adding", "insisting", "stressing", "noting", "arguing",
                                        "warning", "declaring", "promising", "pledging", "vowing")
}
