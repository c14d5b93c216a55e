/// A pattern of the event lexicons: a head word with argument constraints, mapped to a CAMEO code.
///
/// Written one a line in `Resources/events/verbs.tsv` and `nouns.tsv`:
///
/// ```
/// id      code  head     frame                        notes
/// V0412   046   hold     obj=talk|negotiation with=ACTOR  hold talks with X
/// N0031   163   sanction against=ACTOR?              sanctions against X
/// ```
///
/// Frame constraints, space separated:
/// - `obj=ACTOR` — the direct object holds an actor, the target; `ACTOR?` makes it optional.
/// - `obj=w1|w2` — the object holds one of these lemmas; `obj=w|ACTOR` accepts either.
/// - `PREP=…` — the same for the chunk a preposition introduces (`with=ACTOR`, `on=sanction`);
///   `PREP=*` only asks for the preposition. `PLACE` accepts a place name (a visit to Seoul).
/// - `subj=w1|w2|WEAPON` — (verbs) the subject holds one of these lemmas, or (`WEAPON`) a
///   weapon named by its family: "A Hwasong-18 ICBM flew 1,000 km" (the source is still the
///   subject's actor).
/// - `xcomp=w1|w2` — an infinitival complement with one of these verbs (`agree to meet`).
/// - `mod=w1|w2` — (nouns) a modifier before the head (`joint` exercises, `missile` launch).
/// - `obj!=w1|w2`, `PREP!=…` — the slot must not hold these lemmas: "hosted large numbers of
///   Sudanese refugees" is no visit (`obj=ACTOR obj!=refugee`).
/// - `passive`, `active` — the voice the pattern needs.
/// - `sym` — the act is mutual (meetings, agreements): coordinated subjects pair up.
/// - `neg` — (verbs) the pattern reads a negated verb: "would never tolerate such acts" is a
///   disapproval; without `neg` a negated verb codes nothing.
/// - `bare` — (verbs) the object holds its actor and nothing after it but times and punctuation:
///   "called Egypt's foreign minister earlier today" is a telephone call, "called Moon an
///   impudent guy" is not.
public struct EventPattern: Sendable, Hashable {
    /// Whether the head is a verb or a noun.
    public enum Kind: String, Sendable, Hashable { case verb, noun }

    /// One argument constraint.
    public struct Constraint: Sendable, Hashable {
        /// What a slot names.
        public enum SlotKind: Sendable, Hashable { case object, xcomp, ccomp, modifier, preposition, subject }

        /// `obj`, `xcomp`, `mod`, or a preposition.
        public var slot: String { didSet { kind = Self.kind(of: slot) } }
        /// The kind of ``slot``, so that matchers compare no strings to tell them apart.
        public private(set) var kind: SlotKind
        /// Lemmas accepted in the slot; empty when only an actor (or anything) is asked for.
        public var words: Set<String>
        /// The slot must (or, with `optional`, may) hold an actor: the target.
        public var actor: Bool
        /// A place name is accepted as the target (its country).
        public var place: Bool
        /// The constraint may be unmet.
        public var optional: Bool
        /// (`subj=…|WEAPON`) a weapon named by its family (`Hwasong-18`) fills the slot.
        public var weapon = false

        /// Creates a constraint.
        public init(slot: String, words: Set<String>, actor: Bool, place: Bool, optional: Bool) {
            self.slot = slot
            self.kind = Self.kind(of: slot)
            self.words = words
            self.actor = actor
            self.place = place
            self.optional = optional
        }

        private static func kind(of slot: String) -> SlotKind {
            switch slot {
            case "obj": .object
            case "xcomp": .xcomp
            case "ccomp": .ccomp
            case "mod": .modifier
            case "subj": .subject
            default: .preposition
            }
        }
    }

    /// The stable identifier (`V0412`).
    public var id: String
    /// Verb or noun pattern.
    public var kind: Kind
    /// The CAMEO code, or ``sameAct``.
    public var code: String
    /// The code of a pattern that tells again the act told just before, by a new actor ("Kuwait
    /// followed suit", "Niger did the same"): the event coder gives it that act's code and party.
    public static let sameAct = "="
    /// The head lemma.
    public var head: String
    /// Argument constraints.
    public var constraints: [Constraint] {
        didSet {
            specificity = Self.specificity(constraints, passive)
            requiredSlots = Self.requiredSlots(constraints)
        }
    }
    /// The voice asked for, if any.
    public var passive: Bool? { didSet { specificity = Self.specificity(constraints, passive) } }
    /// Mutual act.
    public var symmetric: Bool
    /// Slots and the lemmas they must not hold (`obj!=refugee`): constraints that ask for nothing.
    public var exclusions: [Constraint] = []
    /// The pattern reads a negated verb (`neg`), and only a negated one.
    public var negated = false
    /// The object must end with its actor (`bare`): nothing but times and punctuation after it.
    public var bareObject = false
    /// The subject must hold two actors or more (`pair`): "Biden and Macron spoke" is a
    /// conversation, "Blinken spoke in Brussels" none.
    public var pairedSubject = false
    /// A note for linguists.
    public var notes: String

    /// How specific the pattern is: matchers prefer the most specific pattern that fits.
    public private(set) var specificity: Int

    /// ``FrameSlots`` bits of the slots the pattern's required constraints need filled.
    private(set) var requiredSlots: UInt64

    private static func requiredSlots(_ constraints: [Constraint]) -> UInt64 {
        constraints.reduce(0) { $1.optional ? $0 : $0 | FrameSlots.bit($1.kind, $1.slot) }
    }

    private static func specificity(_ constraints: [Constraint], _ passive: Bool?) -> Int {
        constraints.reduce(0) { $0 + ($1.optional ? 1 : ($1.words.isEmpty ? 2 : 3)) } + (passive == nil ? 0 : 1)
    }

    /// Parses one TSV line `id code head frame notes`.
    ///
    /// - Throws: ``EventResourceError`` when the line is malformed.
    public init(line: Substring, kind: Kind, file: String, lineNumber: Int) throws {
        // Fields split on bytes (a tab is ASCII): splitting a line by `Character` was most of the
        // lexicon's load time.
        let f = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        guard f.count >= 4, !f[0].isEmpty, !f[1].isEmpty, !f[2].isEmpty else {
            throw EventResourceError(file: file, line: lineNumber, message: "expected id, code, head, frame")
        }
        id = f[0]
        self.kind = kind
        code = f[1]
        head = f[2]
        notes = f.count > 4 ? f[4] : ""
        var constraints: [Constraint] = []
        var exclusions: [Constraint] = []
        var passive: Bool?
        var symmetric = false
        var negated = false
        var bareObject = false
        var pairedSubject = false
        for item in f[3].utf8.split(separator: UInt8(ascii: " ")).map(Substring.init) {
            switch item {
            case "passive": passive = true
            case "active": passive = false
            case "sym": symmetric = true
            case "neg": negated = true
            case "bare": bareObject = true
            case "pair": pairedSubject = true
            case "-": continue
            default:
                let kv = item.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else {
                    throw EventResourceError(file: file, line: lineNumber, message: "bad constraint '\(item)'")
                }
                var value = String(kv[1])
                let optional = value.hasSuffix("?")
                if optional { value.removeLast() }
                var words = Set<String>()
                var actor = false
                var place = false
                var weapon = false
                for alt in value.split(separator: "|") {
                    switch alt {
                    case "ACTOR", "ACTORS": actor = true
                    case "PLACE": place = true; actor = true
                    case "WEAPON": weapon = true
                    case "*": break
                    default: words.insert(alt.lowercased())
                    }
                }
                if kv[0].hasSuffix("!") {
                    guard !words.isEmpty, !actor, !weapon, !optional else {
                        throw EventResourceError(file: file, line: lineNumber, message: "'\(item)' must list words only")
                    }
                    exclusions.append(Constraint(slot: String(kv[0].dropLast()), words: words, actor: false, place: false, optional: false))
                    continue
                }
                var constraint = Constraint(slot: String(kv[0]), words: words, actor: actor, place: place, optional: optional)
                constraint.weapon = weapon
                constraints.append(constraint)
            }
        }
        self.constraints = constraints
        self.exclusions = exclusions
        self.passive = passive
        self.symmetric = symmetric
        self.negated = negated
        self.bareObject = bareObject
        self.pairedSubject = pairedSubject
        self.specificity = Self.specificity(constraints, passive)
        self.requiredSlots = Self.requiredSlots(constraints)
    }
}
