/// One clause read for event coding: a predicate with its verb group and its arguments.
///
/// The narrow interface between sentence analysis and pattern matching: the matcher sees only
/// frames, so frames can come from the dependency parse, from the shallow chunker, or be built
/// by hand in tests.
///
/// ```swift
/// // "Japan and the US held talks with China in Beijing."
/// frame.lemma == "hold"; frame.subject?.actors == [0, 1]
/// frame.object?.lemmas.contains("talk"); frame.obliques[0].preposition == "with"
/// ```
public struct ClauseFrame: Sendable, Hashable {
    /// How the clause hangs on the rest of the sentence.
    public enum Kind: String, Sendable, Hashable {
        /// An independent clause.
        case main
        /// An infinitival complement (`agreed to meet`): subject from the governor.
        case xcomp
        /// A finite complement of a reporting verb (`said that …`).
        case ccomp
        /// A relative clause (`…, who met …`): subject is the antecedent.
        case relative
        /// An adverbial clause (`if …`, `after …`).
        case adverbial
    }

    /// Token index of the predicate verb.
    public var predicate: Int
    /// Lemma candidates of the predicate, best first.
    public var lemmas: [String]
    /// Token range of the verb group (auxiliaries, negation, adverbs, the verb).
    public var verbGroup: ClosedRange<Int>
    /// Token range of the whole clause.
    public var span: ClosedRange<Int>
    /// How the clause is attached.
    public var kind: Kind = .main
    /// Passive voice (`was released by …`).
    public var passive = false
    /// Negated (`did not meet`, `never met`).
    public var negated = false
    /// Modal and future auxiliaries in the verb group (`would`, `will`, `could`, `going to`).
    public var modals: [String] = []
    /// The subordinator that introduces the clause (`if`, `after`, `that`), lowercased.
    public var subordinator: String?
    /// Index (into the sentence's frames) of the governing clause, for complements.
    public var governor: Int?
    /// The subject.
    public var subject: FrameArgument?
    /// Whether the subject was taken from the governing or coordinated clause.
    public var subjectInherited = false
    /// Whether the clause is a verb phrase coordinated with ``governor`` ("offer support and
    /// condemn …"): it shares the governor's subject and mode and is not its complement.
    public var coordinated = false
    /// The direct object chunk.
    public var object: FrameArgument?
    /// Prepositional chunks after the verb, in order.
    public var obliques: [FrameArgument] = []
    /// The passive agent (`by X`).
    public var agent: FrameArgument?
    /// For a passive complement without an agent, the governing clause's subject: who says
    /// "sanctions would be imposed on X" may be the one who imposes them (the coder decides by
    /// the act).
    public var reportingSubject: FrameArgument?
    /// Index of the infinitival complement's frame (`to meet`), if any.
    public var complement: Int?

    /// Creates a frame.
    public init(predicate: Int, lemmas: [String], verbGroup: ClosedRange<Int>, span: ClosedRange<Int>) {
        self.predicate = predicate
        self.lemmas = lemmas
        self.verbGroup = verbGroup
        self.span = span
    }

    /// The oblique introduced by a preposition.
    public func oblique(_ preposition: String) -> FrameArgument? {
        obliques.first { $0.preposition == preposition }
    }
}

/// An argument chunk of a clause: its words, lemmas and the actors inside.
public struct FrameArgument: Sendable, Hashable {
    /// The introducing preposition (`with`, `to`), nil for subjects and objects.
    public var preposition: String?
    /// Token range of the chunk (preposition excluded).
    public var tokens: ClosedRange<Int>
    /// Lemma candidates of the chunk's content words that patterns name (word constraints such
    /// as `obj=talk`, noun heads): ``PatternLexicon/argumentWords``.
    public var lemmas: Set<String>
    /// Indices into the sentence's actors of the actors inside the chunk, in order.
    public var actors: [Int]
    /// Lemma candidates of the chunk's own words, before an `of` phrase was appended.
    public var headLemmas: Set<String>
    /// Whether the chunk names the occasion of the act ("on the sidelines of a meeting with
    /// X"): no party to it.
    public var isOccasion = false
    /// Whether the chunk narrows the one before it to the names it holds ("neighbouring States,
    /// in particular Chad and Libya", "… including Japan").
    public var narrows = false

    /// Creates an argument.
    public init(preposition: String? = nil, tokens: ClosedRange<Int>, lemmas: Set<String>, actors: [Int]) {
        self.preposition = preposition
        self.tokens = tokens
        self.lemmas = lemmas
        self.actors = actors
        self.headLemmas = lemmas
    }
}
