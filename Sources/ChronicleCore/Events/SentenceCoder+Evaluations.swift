extension SentenceCoder {
    /// A word of judgement after a copula (`Resources/events/evaluations.tsv`).
    struct Evaluation: Sendable {
        enum Kind: String, Sendable { case adjective = "adj", negatedAdjective = "adj-not", noun }
        var kind: Kind
        var code: String
    }

    /// The judgement words by lowercased form.
    static let evaluations: [String: Evaluation] = {
        var table: [String: Evaluation] = [:]
        let text = EventResources.text("evaluations", "tsv") ?? ""
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("word\t") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count >= 3, let kind = Evaluation.Kind(rawValue: f[1]), CAMEOOntology.shipped.contains(f[2]) else {
                fatalError("evaluations.tsv: malformed line \(line)")
            }
            table[f[0]] = Evaluation(kind: kind, code: f[2])
        }
        return table
    }()

    /// Verbs that link a subject to a judgement like a copula ("constitutes a violation"), as
    /// token keys (an integer test for every token, not a string hash).
    static let linkingVerbKeys = Set(["constitute", "constitutes", "constituted", "represent", "represents",
                                      "represented", "remain", "remains", "remained", "seem", "seems", "seemed"].map { TokenLiteral($0).hash })

    /// Judgements told with a copula: "Kishida said North Korea's launch was totally
    /// unacceptable", "Russia's aggression is a flagrant violation of the Charter, Blinken told
    /// reporters", "we believe China's measures are not helpful". The sayer (the subject of the
    /// reporting clause before, of a report after a comma, or a first-person speaker) judges the
    /// owner or author the copula's subject names: an actor before any preposition of the
    /// subject, or after "by" ("the detention of Americans by Russia"). An actor inside another
    /// preposition's phrase is the act's victim or topic ("the attack on Ukraine"), not judged.
    func evaluations(_ s: EventSentence, frames: [ClauseFrame], predicates: [Bool], actorAt: [Int?]) -> [EventCandidate] {
        let t = s.tokens
        var out: [EventCandidate] = []
        for c in t.indices where t[c].is(.be) || Self.linkingVerbKeys.contains(t[c].key) {
            // ("Israel's daily violations": "'s" after a name is a possessive; a copula only
            // after a pronoun, "it's unacceptable")
            if t[c].isWord(.possessive) || t[c].isWord(.curlyApostropheS), c == 0 || !t[c - 1].is(.pronoun) { continue }
            guard let (k, judgement) = judgementWord(after: c, t) else { continue }
            // The copula's subject: back from the copula (and its auxiliaries) to a clause break,
            // a complementizer or a predicate.
            var b = c
            while b > 0, t[b - 1].is(.auxiliary) || t[b - 1].is(.negation) { b -= 1 }
            let subjectEnd = b
            while b > 0, subjectEnd - b < 12 {
                let w = t[b - 1]
                // (a verb inside the subject: "the landing ordered by Minsk", "Seoul's decision to
                // extend the agreement")
                let inner = predicates[b - 1] && (b >= 2 && t[b - 2].isWord(.to) || w.is(.endsED) && t[b].lower == "by")
                if predicates[b - 1] && !inner || w.is(.clauseBreak) || w.is(.quote) || w.isWord(.comma) || w.isWord(.that) || w.is(.subordinator)
                    || w.is(.relative) || w.is(.reportVerb) { break }
                b -= 1
            }
            guard b < subjectEnd else { continue }
            var judged: [Int] = []
            var inPhrase = false
            for i in b..<subjectEnd {
                if t[i].is(.preposition) { inPhrase = t[i].lower != "by"; continue }
                guard !inPhrase, let a = actorAt[i], !judged.contains(a), s.actors[a].country != nil,
                      !s.actors[a].isMedia else { continue }
                judged.append(a)
            }
            guard !judged.isEmpty else { continue }
            // Who judges: the reporting clause before the subject, a report after a comma past
            // the judgement, or (``speechSource``) a first-person speaker or the speech's own.
            var sayers: [Int]?
            var trigger = k
            if let g = frames.lastIndex(where: { $0.predicate < b }), reports(frames[g]),
               !predicates[(frames[g].predicate + 1)..<b].contains(true) {
                sayers = frames[g].subject?.actors ?? []
                trigger = frames[g].predicate
            } else if let g = frames.firstIndex(where: { $0.predicate > k }), reports(frames[g]),
                      t[(k + 1)..<frames[g].predicate].contains(where: { $0.isWord(.comma) }) {
                sayers = frames[g].subject?.actors ?? []
                trigger = frames[g].predicate
            }
            let pairs = sayers.map { said in said.flatMap { a in judged.map { (a, $0) } } }
                ?? judged.compactMap { j in speechSource(before: b, toward: j, fallback: s.speaker, s, actorAt: actorAt).map { ($0, j) } }
            for (a, j) in pairs where !s.actors[a].isMedia && !s.actors[a].isPlace
                && s.actors[a].country != nil && s.actors[j].country != s.actors[a].country {
                out.append(EventCandidate(sentence: s.index, pattern: "evaluation", rule: "evaluation", code: judgement.code,
                                          mode: .asserted, source: a, target: j, trigger: trigger...trigger,
                                          clause: min(b, trigger)...max(k, trigger), confidence: 0.6))
            }
        }
        return out
    }

    /// Whether a frame is a verb of saying (`governors.tsv`: report).
    func reports(_ f: ClauseFrame) -> Bool {
        f.lemmas.first.map { lexicon.governors[$0] == "report" } ?? false
    }

    /// The judgement word after copula `c` and its entry: an adjective after intensifying
    /// adverbs and quotation marks ("was “totally unacceptable”"), negated when its entry asks
    /// for it, or a noun after an article and up to three modifiers ("a clear violation").
    func judgementWord(after c: Int, _ t: [EventToken]) -> (Int, Evaluation)? {
        var k = c + 1
        var negated = false
        var article = false
        var modifiers = 0
        while k < t.count, k - c <= 7 {
            let w = t[k]
            if w.is(.negation) { negated = true
            } else if w.is(.quote) || w.is(.adverb) {
            } else if w.isWord(.a) || w.isWord(.an) || w.lower == "another" { article = true
            } else if let e = Self.evaluations[w.lower], !(article && e.kind != .noun) {
                switch e.kind {
                case .adjective: return negated ? nil : (k, e)
                case .negatedAdjective: return negated ? (k, e) : nil
                case .noun: return negated ? nil : (k, e)
                }
            } else if article, modifiers < 3, w.is(.alphabetic), !w.isCapitalized, !w.is(.preposition), !w.is(.determiner) {
                modifiers += 1
            } else if !article, modifiers < 2, k + 2 < t.count, w.is(.alphabetic), t[k + 1].isWord(.comma) || t[k + 1].lower == "and" {
                // ("was arbitrary and unjustified": a judgement coordinated after another word)
                modifiers += 1
                k += 1
            } else {
                return nil
            }
            k += 1
        }
        return nil
    }
}
