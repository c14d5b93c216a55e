import Testing
@testable import ChronicleCore

/// The shipped models on sentences written for these tests: stable tags and trees for the
/// constructions the event coder depends on.
@Suite("Shipped tagger and parser")
struct ShippedSyntaxTests {
    let syntax: SyntaxParser

    init() throws {
        syntax = try SyntaxParser.shipped()
    }

    func parse(_ text: String) -> ParsedSentence {
        syntax.parse(words: text.split(separator: " ").map(String.init))
    }

    func index(_ s: ParsedSentence, _ form: String) throws -> Int {
        try #require(s.tokens.firstIndex { $0.form == form })
    }

    @Test("active clause: root verb, subject, object")
    func active() throws {
        let s = parse("North Korea released three Americans on Wednesday .")
        let released = try index(s, "released")
        #expect(s.root == released)
        #expect(s.tokens[released].upos == "VERB" && s.tokens[released].xpos == "VBD")
        #expect(s.tokens[released].lemma == "release")
        let c = s.clause(of: released)
        #expect(c.subjects.map { s.tokens[$0].form } == ["Korea"])
        #expect(s.phrase(of: c.subjects[0]) == "North Korea")
        #expect(c.objects.map { s.tokens[$0].form } == ["Americans"])
        #expect(c.obliques.first?.marker == "on")
        #expect(c.voice == .active && c.tense == .past)
    }

    @Test("passive clause: passive subject and agent marked by")
    func passive() throws {
        let s = parse("Three Americans were released by North Korea .")
        let released = try index(s, "released")
        // The root is not checked for this sentence: the shipped parser leaves the numeral of
        // "Three Americans" without a head (a known error), so `released` is not the root. The
        // clause of `released` is complete all the same, which is what the event coder needs.
        let c = s.clause(of: released)
        #expect(c.voice == .passive)
        #expect(s.tokens[try index(s, "Americans")].relation == "nsubj:pass")
        #expect(c.agent.map { s.tokens[$0].form } == "Korea")
        #expect(c.obliques.first(where: { $0.index == c.agent })?.marker == "by")

        let killed = parse("Two soldiers were killed by a roadside bomb in Kabul .")
        let verb = try index(killed, "killed")
        #expect(killed.root == verb)
        let k = killed.clause(of: verb)
        #expect(k.voice == .passive)
        #expect(k.subjects.map { killed.tokens[$0].form } == ["soldiers"])
        #expect(k.agent.map { killed.tokens[$0].form } == "bomb")
    }

    @Test("negation, modal and future")
    func negationAndModal() throws {
        let negated = parse("South Korea did n't accept the proposal .")
        let accept = try index(negated, "accept")
        #expect(negated.clause(of: accept).isNegated)
        #expect(negated.tokens[try index(negated, "n't")].lemma == "not")
        let future = parse("Japan will send an envoy to Seoul next week .")
        let send = try index(future, "send")
        let c = future.clause(of: send)
        #expect(c.modals == ["will"] && c.tense == .future)
        #expect(c.objects.map { future.tokens[$0].form } == ["envoy"])
    }

    @Test("reported speech: the said-clause is a ccomp")
    func reportedSpeech() throws {
        let s = parse("The foreign ministry said that the talks would resume in May .")
        let said = try index(s, "said")
        #expect(s.root == said)
        let resume = try index(s, "resume")
        #expect(s.tokens[resume].head == said && s.tokens[resume].relation == "ccomp")
        #expect(s.clause(of: resume).modals == ["would"])
    }

    @Test("the same words always get the same analysis")
    func stable() {
        let words = "Tokyo and Seoul agreed to hold talks on Monday .".split(separator: " ").map(String.init)
        let first = syntax.parse(words: words)
        for _ in 0 ..< 3 { #expect(syntax.parse(words: words) == first) }
        #expect(first.tokens.filter { $0.head < 0 }.count == 1)
    }

    @Test("text layer sentences carry offsets into the document")
    func document() throws {
        let text = "Seoul protested. Japan's envoy didn't reply."
        let sentences = syntax.parse(document: SegmentedText(text, mode: .universalDependencies))
        #expect(sentences.count == 2)
        let second = try #require(sentences.last)
        #expect(second.tokens.map(\.form) == ["Japan", "'s", "envoy", "did", "n't", "reply", "."])
        let scalars = Array(text.unicodeScalars)
        for t in second.tokens {
            #expect(String(String.UnicodeScalarView(scalars[t.start ..< t.end])) == t.form)
        }
        #expect(second.start == 17 && second.end == scalars.count)
    }
}
