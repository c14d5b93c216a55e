import Testing
@testable import ChronicleCore

/// Clause helpers on hand-annotated trees (independent of the trained models).
@Suite("Clauses of a parsed sentence")
struct ClauseTests {
    let corpus: [ParsedSentence]

    init() throws {
        corpus = try SyntaxTestSupport.clauseCorpus().map(SyntaxTestSupport.parsed)
    }

    func forms(_ s: ParsedSentence, _ indices: [Int]) -> [String] { indices.map { s.tokens[$0].form } }

    @Test("active clause: subject, object, oblique with its preposition, past tense")
    func active() throws {
        let s = corpus[0]
        let c = try #require(s.clauses.first)
        #expect(s.tokens[c.predicate].form == "released")
        #expect(forms(s, c.subjects) == ["Korea"])
        #expect(s.phrase(of: c.subjects[0]) == "North Korea")
        #expect(forms(s, c.objects) == ["Americans"])
        #expect(c.obliques.map(\.marker) == ["on"])
        #expect(c.voice == .active && c.tense == .past && !c.isNegated && c.agent == nil)
    }

    @Test("passive clause: passive subject and agent with by")
    func passive() throws {
        let s = corpus[1]
        let c = try #require(s.clauses.first)
        #expect(c.voice == .passive)
        #expect(forms(s, c.subjects) == ["Americans"])
        #expect(c.agent.map { s.tokens[$0].form } == "Korea")
        #expect(c.obliques.first?.marker == "by")
        #expect(c.tense == .past)
    }

    @Test("negation and modals")
    func negationAndModals() throws {
        let negated = try #require(corpus[2].clauses.first)
        #expect(negated.isNegated && negated.tense == .past)
        let future = try #require(corpus[3].clauses.first)
        #expect(future.modals == ["will"] && future.tense == .future && !future.isNegated)
        #expect(future.obliques.first?.marker == "to")
    }

    @Test("xcomp controlled by the object, phrasal verb")
    func control() throws {
        let s = corpus[4]
        let clauses = s.clauses
        let main = try #require(clauses.first { s.tokens[$0.predicate].form == "asked" })
        let complement = try #require(main.complements.first)
        #expect(complement.relation == "xcomp")
        #expect(complement.controller.map { s.tokens[$0].form } == "Sweden")
        let pass = try #require(clauses.first { s.tokens[$0.predicate].form == "pass" })
        #expect(s.verbPhrase(of: pass) == "pass on")
        #expect(forms(s, pass.subjects) == ["Sweden"] && pass.subjectIsInherited)
        #expect(forms(s, pass.objects) == ["message"])
        #expect(pass.obliques.first?.marker == "to")
    }

    @Test("ccomp with a modal, coordinated subjects and predicates")
    func complementsAndConjuncts() throws {
        let said = corpus[5]
        let c = try #require(said.clauses.first)
        #expect(c.complements.map(\.relation) == ["ccomp"])
        let resume = try #require(said.clauses.last)
        #expect(resume.modals == ["would"])
        let met = corpus[6]
        let clauses = met.clauses
        #expect(forms(met, clauses[0].subjects) == ["Tokyo", "Seoul"])
        #expect(forms(met, clauses[0].conjuncts) == ["signed"])
        #expect(forms(met, clauses[1].subjects) == ["Tokyo", "Seoul"] && clauses[1].subjectIsInherited)
        #expect(forms(met, clauses[1].objects) == ["pact"])
    }

    @Test("relative clause antecedent and going-to future")
    func relativeAndGoingTo() throws {
        let s = corpus[7]
        let clauses = s.clauses
        let arrived = try #require(clauses.first { s.tokens[$0.predicate].form == "arrived" })
        #expect(arrived.relation == "acl:relcl")
        #expect(arrived.antecedent.map { s.tokens[$0].form } == "envoy")
        let meet = try #require(clauses.first { s.tokens[$0.predicate].form == "meet" })
        #expect(meet.modals == ["going to"] && meet.tense == .future)
        #expect(forms(s, meet.subjects) == ["envoy"])
    }

    @Test("children, dependents and subtrees")
    func helpers() {
        let s = corpus[0]
        #expect(s.root == 2)
        #expect(s.children(of: 2) == [1, 4, 6, 7])
        #expect(s.dependents(of: 2, relation: "nsubj") == [1])
        #expect(corpus[1].dependents(of: 3, relation: "nsubj") == [1])
        #expect(corpus[1].dependents(of: 3, relation: "nsubj:pass") == [1])
        #expect(corpus[1].dependents(of: 3, relation: "nsubj:outer").isEmpty)
        #expect(s.subtree(of: 4) == [3, 4])
    }
}
