/// The event coder's pattern lexicons, indexed by head lemma.
///
/// Loads `verbs.tsv` and `nouns.tsv` from `Resources/events/`, plus the governor table
/// (`governors.tsv`: reporting, intention and aspect verbs, adjectives and nouns that take a
/// complement) and the complement refinements (`refinements.tsv`: `appeal` + `meet` → 026).
///
/// ```swift
/// let lexicon = PatternLexicon.shipped
/// lexicon.verbs["meet"]?.count   // the patterns headed by "meet"
/// ```
public struct PatternLexicon: Sendable {
    /// Verb patterns by head lemma.
    public let verbs: [String: [EventPattern]]
    /// Noun patterns by head lemma.
    public let nouns: [String: [EventPattern]]
    /// Governor lemma → class (`report`, `intent`, `aspect`, `refuse`).
    public let governors: [String: String]
    /// `family` root + embedded code or root → refined code.
    public let refinements: [String: String]
    /// Every lemma a pattern asks for in an argument (`obj=talk`, `mod=missile`) and every noun
    /// head: the only lemmas of an argument chunk that can make a difference to matching.
    public let argumentWords: Set<String>
    /// Verbs a pattern asks for in a complement (`vow xcomp=respond`): the clause reader reads
    /// them as verbs even when no pattern is headed by them.
    public let complementVerbs: Set<String>
    /// Verbs whose patterns all tell the act before again (``EventPattern/sameAct``: "followed
    /// suit", "did the same"), with the object words those patterns ask for: such a verb is read
    /// as one only right before one of them, so that "following the summit" stays a phrase.
    public let boundVerbs: [String: Set<String>]

    /// The shipped lexicons, loaded once.
    public static let shipped: PatternLexicon = {
        do {
            return try PatternLexicon(
                verbs: EventResources.text("verbs", "tsv") ?? "",
                nouns: EventResources.text("nouns", "tsv") ?? "",
                governors: EventResources.text("governors", "tsv") ?? "",
                refinements: EventResources.text("refinements", "tsv") ?? "")
        } catch {
            fatalError("Chronicle event resources do not parse: \(error)")
        }
    }()

    /// Parses the four resource texts.
    ///
    /// - Throws: ``EventResourceError`` naming the file and line that does not parse.
    public init(verbs: String, nouns: String, governors: String, refinements: String) throws {
        func patterns(_ text: String, _ kind: EventPattern.Kind, _ file: String) throws -> [String: [EventPattern]] {
            var byHead: [String: [EventPattern]] = [:]
            for (n, bytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                let line = Substring(bytes)
                if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("id\t") { continue }
                let p = try EventPattern(line: line, kind: kind, file: file, lineNumber: n + 1)
                guard CAMEOOntology.shipped.contains(p.code) || p.code == EventPattern.sameAct else {
                    throw EventResourceError(file: file, line: n + 1, message: "unknown CAMEO code \(p.code)")
                }
                byHead[p.head, default: []].append(p)
            }
            return byHead
        }
        self.verbs = try patterns(verbs, .verb, "verbs.tsv")
        self.nouns = try patterns(nouns, .noun, "nouns.tsv")
        var g: [String: String] = [:]
        for line in governors.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            if f.count >= 2 { g[String(f[0])] = String(f[1]) }
        }
        self.governors = g
        var r: [String: String] = [:]
        for line in refinements.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            if f.count >= 3 { r[f[0] + "/" + f[1]] = String(f[2]) }
        }
        self.refinements = r
        var words = Set(self.nouns.keys)
        for table in [self.verbs, self.nouns] {
            for p in table.values.joined() {
                for c in p.constraints + p.exclusions { words.formUnion(c.words) }
            }
        }
        self.argumentWords = words
        var complements = Set<String>()
        for p in self.verbs.values.joined() {
            for c in p.constraints where c.kind == .xcomp || c.kind == .ccomp { complements.formUnion(c.words) }
        }
        // (verbs of settling and pursuing open clauses of their own too readily: "wants to resolve
        // the issue of …" would become an act; measured on the dev set)
        self.complementVerbs = complements.subtracting(Self.broadComplementVerbs)
        var bound: [String: Set<String>] = [:]
        for (head, patterns) in self.verbs where patterns.allSatisfy({ $0.code == EventPattern.sameAct }) {
            bound[head] = Set(patterns.flatMap { $0.constraints.flatMap(\.words) })
        }
        self.boundVerbs = bound
    }

    /// Complement verbs not read as verbs unless a pattern is headed by them.
    static let broadComplementVerbs: Set<String> = ["resolve", "settle", "compromise", "pursue", "normalise", "denuclearize",
                                                    "re-establish", "reestablish", "broaden", "avoid", "uphold", "defeat"]

    /// All patterns, verbs then nouns.
    public var allPatterns: [EventPattern] {
        verbs.values.flatMap { $0 } + nouns.values.flatMap { $0 }
    }

    /// The code an act takes inside a family (`02` appeal, `03` intent, `10` demand, `12` reject,
    /// `13` threaten): the most specific refinement of `code`, or the family's general code.
    public func refine(family: String, embedded code: String) -> String {
        var c = code
        while c.count >= 2 {
            if let hit = refinements[family + "/" + c] { return hit }
            c.removeLast()
        }
        return family + "0"
    }
}
