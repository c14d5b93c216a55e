extension ParsedSentence {
    private static let clausalRelations: Set<String> = [
        "root", "ccomp", "xcomp", "advcl", "acl", "csubj", "parataxis", "conj",
    ]
    private static let modalLemmas: Set<String> = [
        "will", "would", "can", "could", "may", "might", "must", "should", "shall",
    ]
    private static let negators: Set<String> = ["not", "n't", "never"]

    /// Whether token `i` heads a clause: the root, a verb, or a word with a subject or a copula.
    public func isPredicate(_ i: Int) -> Bool {
        let t = tokens[i]
        guard Self.clausalRelations.contains(String(t.baseRelation)) else { return false }
        if t.head < 0 || t.upos == "VERB" { return true }
        return tokens.indices.contains { j in
            tokens[j].head == i && (tokens[j].relation == "cop" || tokens[j].baseRelation == "nsubj")
        }
    }

    /// The clauses of the sentence in the order of their predicates.
    public var clauses: [Clause] {
        let predicates = tokens.indices.filter(isPredicate)
        var result = predicates.map(clause(of:))
        // Shared subjects: "Japan met Korea and signed a pact" — the second verb inherits.
        for k in result.indices where result[k].subjects.isEmpty {
            let c = result[k]
            if c.relation == "conj", let h = c.head, let j = result.firstIndex(where: { $0.predicate == h }) {
                result[k].subjects = result[j].subjects
                result[k].subjectIsInherited = !result[j].subjects.isEmpty
            } else if c.relation == "xcomp", let h = c.head, let j = result.firstIndex(where: { $0.predicate == h }),
                      let controller = result[j].complements.first(where: { $0.index == c.predicate })?.controller {
                result[k].subjects = withConjuncts(controller)
                result[k].subjectIsInherited = true
            }
        }
        // "going to" marks the complement as future.
        for k in result.indices where result[k].relation == "xcomp" {
            if let h = result[k].head, tokens[h].lemma.lowercased() == "go", tokens[h].xpos == "VBG",
               dependents(of: result[k].predicate, relation: "mark").contains(where: { tokens[$0].lemma.lowercased() == "to" }) {
                result[k].modals.append("going to")
                result[k].tense = .future
            }
        }
        return result
    }

    /// The clause headed by predicate `p` (without inherited subjects; see ``clauses``).
    public func clause(of p: Int) -> Clause {
        let kids = children(of: p)
        func lemma(_ i: Int) -> String { tokens[i].lemma.lowercased() }
        var subjects: [Int] = [], objects: [Int] = [], obliques: [Clause.Oblique] = []
        var complements: [Clause.Complement] = [], auxiliaries: [Int] = [], conjuncts: [Int] = []
        var negation: Int? = nil, particle: Int? = nil, passive = false
        for k in kids {
            let rel = tokens[k].relation
            switch tokens[k].baseRelation {
            case "nsubj", "csubj":
                subjects += withConjuncts(k)
                if rel.hasSuffix(":pass") { passive = true }
            case "obj", "iobj": objects += withConjuncts(k)
            case "obl":
                let marker = dependents(of: k, relation: "case").map(lemma).joined(separator: " ")
                obliques.append(Clause.Oblique(index: k, marker: marker.isEmpty ? nil : marker, relation: rel))
            case "ccomp", "xcomp": complements.append(Clause.Complement(index: k, relation: rel, controller: nil))
            case "aux":
                auxiliaries.append(k)
                if rel == "aux:pass" { passive = true }
            case "advmod" where Self.negators.contains(lemma(k)) || Self.negators.contains(tokens[k].form.lowercased()):
                negation = negation ?? k
            case "compound" where rel == "compound:prt": particle = k
            case "conj" where isPredicate(k): conjuncts.append(k)
            default: break
            }
        }
        if negation == nil {
            for o in objects {
                if let d = dependents(of: o, relation: "det").first(where: { lemma($0) == "no" }) { negation = d; break }
            }
        }
        let controller = objects.first ?? subjects.first
        complements = complements.map { c in
            var c = c
            if c.relation == "xcomp" { c.controller = controller }
            return c
        }
        let agent = obliques.first(where: { $0.relation == "obl:agent" })?.index
            ?? (passive ? obliques.first(where: { $0.marker == "by" })?.index : nil)
        let modals = auxiliaries.map(lemma).filter { Self.modalLemmas.contains($0) }
        let relation = tokens[p].relation
        return Clause(
            predicate: p, relation: relation, head: tokens[p].head < 0 ? nil : tokens[p].head,
            subjects: subjects, subjectIsInherited: false, objects: objects, obliques: obliques, agent: agent,
            complements: complements, negation: negation, auxiliaries: auxiliaries, modals: modals,
            voice: passive ? .passive : .active, tense: tense(predicate: p, auxiliaries: auxiliaries),
            conjuncts: conjuncts, antecedent: relation == "acl:relcl" ? tokens[p].head : nil, particle: particle)
    }

    private func tense(predicate p: Int, auxiliaries: [Int]) -> Clause.Tense {
        let lemmas = auxiliaries.map { tokens[$0].lemma.lowercased() }
        if lemmas.contains("will") || lemmas.contains("shall") { return .future }
        // The first finite word of the verb group carries the tense.
        for i in auxiliaries + [p] {
            switch tokens[i].xpos {
            case "VBD": return .past
            case "VBZ", "VBP": return .present
            case "MD": return tokens[i].lemma.lowercased() == "would" || tokens[i].lemma.lowercased() == "could" ? .past : .present
            default: continue
            }
        }
        if let cop = dependents(of: p, relation: "cop").first {
            if tokens[cop].xpos == "VBD" { return .past }
            if tokens[cop].xpos == "VBZ" || tokens[cop].xpos == "VBP" { return .present }
        }
        return .unknown
    }
}
