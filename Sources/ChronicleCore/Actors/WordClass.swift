/// Closed-class memberships of a token, computed once per token from one dictionary lookup of
/// its lower-cased text, so that the resolver's many context tests are bit tests.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    static let determiner = WordClass(rawValue: 1 << 0)
    static let modifier = WordClass(rawValue: 1 << 1)
    static let honorific = WordClass(rawValue: 1 << 2)
    static let malePronoun = WordClass(rawValue: 1 << 3)
    static let femalePronoun = WordClass(rawValue: 1 << 4)
    static let pluralPronoun = WordClass(rawValue: 1 << 5)
    static let firstPlural = WordClass(rawValue: 1 << 6)
    static let firstSingular = WordClass(rawValue: 1 << 7)
    static let nameStop = WordClass(rawValue: 1 << 8)
    static let particle = WordClass(rawValue: 1 << 9)
    static let placePreposition = WordClass(rawValue: 1 << 10)
    static let movement = WordClass(rawValue: 1 << 11)
    static let actorPredecessor = WordClass(rawValue: 1 << 12)
    static let actorVerb = WordClass(rawValue: 1 << 13)
    static let reportingVerb = WordClass(rawValue: 1 << 14)
    static let relative = WordClass(rawValue: 1 << 15)
    static let its = WordClass(rawValue: 1 << 16)
    /// Some case-sensitive gazetteer phrase starts with this exact text.
    static let startsExact = WordClass(rawValue: 1 << 17)
    /// Some role phrase starts with this lower-cased text.
    static let startsFolded = WordClass(rawValue: 1 << 18)
    /// Month names and abbreviations (``ActorWords/months``).
    static let month = WordClass(rawValue: 1 << 19)
    /// Words that make `Turkey` the bird (``ActorWords/turkeyFood``).
    static let turkeyFood = WordClass(rawValue: 1 << 20)
    /// Words that make `Guinea` the animal (``ActorWords/guineaAnimals``).
    static let guineaAnimal = WordClass(rawValue: 1 << 21)
    /// Nouns that make a person named in a title the speaker (``ActorWords/speechNouns``).
    static let speechNoun = WordClass(rawValue: 1 << 22)
    /// Verbs that attribute the quotation that follows (``ActorWords/quoteVerbs``).
    static let quoteVerb = WordClass(rawValue: 1 << 23)

    /// Any class that can begin or shape a phrase: tokens without one, not capitalized and not
    /// numbers, are skipped at once.
    static let phraseRelevant: WordClass = [
        .determiner, .modifier, .honorific, .malePronoun, .femalePronoun, .pluralPronoun, .firstPlural,
        .firstSingular, .its, .startsExact, .startsFolded,
    ]

    /// The classes of the closed word lists of ``ActorWords``, keyed by lower-cased text.
    static let table: [String: WordClass] = {
        var t: [String: WordClass] = [:]
        func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String {
            for w in words { t[w.lowercased(), default: []].insert(c) }
        }
        add(ActorWords.determiners, .determiner)
        add(ActorWords.modifiers, .modifier)
        add(ActorWords.honorifics.keys, .honorific)
        add(ActorWords.malePronouns, .malePronoun)
        add(ActorWords.femalePronouns, .femalePronoun)
        add(ActorWords.pluralPronouns, .pluralPronoun)
        add(ActorWords.firstPersonPlural, .firstPlural)
        add(ActorWords.firstPersonSingular, .firstSingular)
        add(ActorWords.nameStopWords, .nameStop)
        add(ActorWords.nameParticles, .particle)
        add(ActorWords.placePrepositions, .placePreposition)
        add(ActorWords.movementWords, .movement)
        add(ActorWords.actorPredecessors, .actorPredecessor)
        add(ActorWords.actorVerbs, .actorVerb)
        add(ActorWords.reportingVerbs, .reportingVerb)
        add(ActorWords.relativeWords, .relative)
        add(["its", "it"], .its)
        add(ActorWords.turkeyFood, .turkeyFood)
        add(ActorWords.guineaAnimals, .guineaAnimal)
        add(ActorWords.speechNouns, .speechNoun)
        add(ActorWords.months, .month)
        add(ActorWords.quoteVerbs, .quoteVerb)
        return t
    }()
}
