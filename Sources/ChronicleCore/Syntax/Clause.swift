/// One predicate of a parsed sentence with what the event coder asks about it: who (subjects),
/// to whom (objects, obliques with their prepositions), by whom (the passive agent), what was
/// said or intended (complements), and how (negation, modals, voice, tense).
///
/// ```swift
/// let s = try SyntaxParser.shipped().parse(words: ["Three", "Americans", "were", "released",
///                                                  "by", "North", "Korea", "."])
/// let c = s.clauses[0]
/// c.voice          // .passive
/// c.agent          // 6 ("Korea"; the phrase is s.phrase(of: 6) == "by North Korea")
/// ```
public struct Clause: Sendable, Hashable {
    /// Active or passive.
    public enum Voice: String, Sendable, Hashable { case active, passive }
    /// The tense the verb group signals.
    public enum Tense: String, Sendable, Hashable { case past, present, future, unknown }

    /// A prepositional (or bare) oblique: the noun and its case marker, e.g. `with` + `Seoul`.
    public struct Oblique: Sendable, Hashable {
        /// The head of the oblique noun phrase.
        public var index: Int
        /// The lowercase lemma(s) of its `case` children joined by a space (`"by"`, `"because of"`), or nil.
        public var marker: String?
        /// The full relation (`obl`, `obl:tmod`, `obl:agent`, ...).
        public var relation: String
    }

    /// A clausal complement (`ccomp`, `xcomp`) with the controller of an `xcomp`.
    public struct Complement: Sendable, Hashable {
        /// The complement's predicate.
        public var index: Int
        /// `ccomp` or `xcomp`.
        public var relation: String
        /// For `xcomp`: who does the action — the object of the governing verb when there is one
        /// ("asked *Sweden* to pass on"), otherwise its subject ("*Japan* wants to talk").
        public var controller: Int?
    }

    /// The predicate (a verb, or the nominal/adjective of a copular clause).
    public var predicate: Int
    /// The predicate's relation to its head (`root`, `ccomp`, `xcomp`, `advcl`, `conj`, `acl:relcl`, ...).
    public var relation: String
    /// The governing token, or nil for the root clause.
    public var head: Int?
    /// Subjects (`nsubj`, `nsubj:pass`, `csubj`) with their conjuncts; for a clause without its
    /// own subject, the controller (xcomp) or the subject of the clause it is conjoined with.
    public var subjects: [Int]
    /// Whether ``subjects`` were taken from another clause.
    public var subjectIsInherited: Bool
    /// Direct and indirect objects (`obj`, `iobj`) with their conjuncts.
    public var objects: [Int]
    /// Obliques with their case markers.
    public var obliques: [Oblique]
    /// The passive agent: an `obl:agent`, or an `obl` marked "by" under a passive predicate.
    public var agent: Int?
    /// Clausal complements.
    public var complements: [Complement]
    /// The negation word (`not`, `n't`, `never`, or `no` before the object), if any.
    public var negation: Int?
    /// Auxiliaries (`aux`, `aux:pass`) in order.
    public var auxiliaries: [Int]
    /// Modal lemmas (`will`, `would`, `can`, `could`, `may`, `might`, `must`, `should`, `shall`,
    /// and `going to` when the clause is the complement of "going to").
    public var modals: [String]
    /// Passive when there is an `aux:pass` or a passive subject.
    public var voice: Voice
    /// Past, present or future from the auxiliaries and the verb's Penn tag.
    public var tense: Tense
    /// Predicates conjoined with this one (`conj`).
    public var conjuncts: [Int]
    /// For a relative clause (`acl:relcl`): the noun it modifies.
    public var antecedent: Int?
    /// The particle of a phrasal verb (`compound:prt`), e.g. `on` in "pass on".
    public var particle: Int?

    /// Whether the clause is negated.
    public var isNegated: Bool { negation != nil }
}

extension ParsedSentence {
    /// The verb lemma with its particle, for matching phrasal verbs: "pass on", "call on".
    public func verbPhrase(of clause: Clause) -> String {
        let lemma = tokens[clause.predicate].lemma.lowercased()
        guard let p = clause.particle else { return lemma }
        return lemma + " " + tokens[p].lemma.lowercased()
    }

    /// The appositions of a noun (`appos` children): "the envoy, *Suh Hoon*".
    public func appositions(of index: Int) -> [Int] {
        dependents(of: index, relation: "appos")
    }

    /// `index` and the words conjoined with it (`conj` children, recursively), in order.
    public func withConjuncts(_ index: Int) -> [Int] {
        var result = [index]
        var i = 0
        while i < result.count {
            result += dependents(of: result[i], relation: "conj").filter { !result.contains($0) }
            i += 1
        }
        return result.sorted()
    }
}
