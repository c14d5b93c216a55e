import Testing
@testable import ChronicleCore

/// The matcher on clause frames built by hand, the ontology and the scorer.
struct EventMatcherTests {
    let matcher = EventMatcher(lexicon: .shipped, ontology: .shipped)

    /// A frame `verb` with an object chunk and prepositional chunks; actors are indices.
    func frame(_ verb: String, object: ([String], [Int])? = nil, obliques: [(String, [String], [Int])] = [],
               passive: Bool = false) -> ClauseFrame {
        var f = ClauseFrame(predicate: 1, lemmas: LemmaCandidates.shipped.candidates(verb), verbGroup: 1...1, span: 0...9)
        f.passive = passive
        f.subject = FrameArgument(tokens: 0...0, lemmas: [], actors: [0])
        if let (words, actors) = object {
            f.object = FrameArgument(tokens: 2...3, lemmas: Set(words), actors: actors)
        }
        f.obliques = obliques.map { FrameArgument(preposition: $0.0, tokens: 4...5, lemmas: Set($0.1), actors: $0.2) }
        return f
    }

    @Test func mostSpecificPatternWins() throws {
        // "held talks with X": the light verb with its noun beats bare "hold".
        let hit = try #require(matcher.bestVerbPattern(frame("held", object: (["talk", "talks"], []), obliques: [("with", [], [1])]), frames: []))
        #expect(hit.pattern.code.hasPrefix("04"))
        #expect(hit.targets == [1])
        // "imposed sanctions on X" → 163.
        let sanction = try #require(matcher.bestVerbPattern(frame("imposed", object: (["sanctions", "sanction"], []), obliques: [("on", [], [1])]), frames: []))
        #expect(sanction.pattern.code == "163")
        #expect(sanction.targets == [1])
    }

    @Test func passiveReadsTheSubjectAsPatient() throws {
        var f = frame("released", passive: true)
        f.subject = FrameArgument(tokens: 0...0, lemmas: ["detainee", "detainees"], actors: [1])
        f.agent = FrameArgument(preposition: "by", tokens: 4...5, lemmas: [], actors: [0])
        let hit = try #require(matcher.bestVerbPattern(f, frames: [f]))
        #expect(hit.pattern.code == "0841")
        #expect(hit.targets == [1])
    }

    @Test func constraintsMustHold() {
        // "visited" with no object has no target; "condemn" needs nothing but finds none.
        #expect(matcher.bestVerbPattern(frame("sanctioned", object: (["idea"], [])), frames: [])?.targets == [])
        #expect(matcher.bestVerbPattern(frame("zzzz"), frames: []) == nil)
    }

    @Test func refinementsAndRecoding() {
        let lexicon = PatternLexicon.shipped
        #expect(lexicon.refine(family: "02", embedded: "0841") == "0253")
        #expect(lexicon.refine(family: "03", embedded: "042") == "036")
        #expect(lexicon.refine(family: "13", embedded: "195") == "1384")
        #expect(matcher.recode("040", family: "03") == "036")
        #expect(matcher.recode("190", family: "03") == "1384")
        #expect(matcher.recode("111", family: "03") == "111")
    }

    @Test func ontologyLookups() throws {
        let cameo = CAMEOOntology.shipped
        #expect(cameo.codes.count == 311)
        let visit = try #require(cameo["042"])
        #expect(visit.root == "04" && visit.quad == 1 && visit.plover == "CONSULT")
        #expect(cameo.code(for: "0429")?.code == "042")
        #expect(cameo["010"]?.plover == nil)
    }

    @Test func goldIntervalsAndMatching() throws {
        let (a, b) = try #require(GoldEvent.interval("2018-06"))
        #expect(a == CalendarDay(iso: "2018-06-01") && b == CalendarDay(iso: "2018-06-30"))
        let (c, d) = try #require(GoldEvent.interval("1970/1989"))
        #expect(c == CalendarDay(iso: "1970-01-01") && d == CalendarDay(iso: "1989-12-31"))
        let gold = try GoldEvent.load(jsonLines: """
            {"id":"x1","date":"2018-06-12","source":["USA"],"target":["PRK"],"roots":["04"],"symmetric":true,"required":true}
            """, file: "t")
        func event(_ s: String, _ t: String, _ code: String) -> EventRecord {
            let day = CalendarDay(iso: "2018-06-12")
            return EventRecord(id: code + s, doc: "d", sentenceIndex: 0, date: "2018-06-12", dateStart: day, dateEnd: day,
                               dateBasis: .publication, source: ActorRef(text: s, country: s),
                               target: ActorRef(text: t, country: t), cameo: code, root: String(code.prefix(2)), quad: 1,
                               goldstein: 1, plover: nil, mode: .asserted, location: nil, reportedBy: [], text: "", span: [0, 0],
                               confidence: 0.5)
        }
        // The reverse order matches a symmetric gold event; a second match is a false event.
        let score = EventEvaluation.score(system: [event("PRK", "USA", "040"), event("USA", "PRK", "042"), event("USA", "USA", "040")], gold: gold)
        #expect(score.scored.count == 2)
        #expect(score.truePositives == 1)
        #expect(score.recall == 1)
        #expect(score.precision == 0.5)

        // One system event that fits an optional gold event (listed first) and a required one
        // counts for the required one; a second system event then takes the optional one.
        let two = try GoldEvent.load(jsonLines: """
            {"id":"o1","date":"2018-06-12","source":["USA"],"target":["PRK"],"roots":["13","11"],"symmetric":false,"required":false}
            {"id":"r1","date":"2018-06-12","source":["USA"],"target":["PRK"],"roots":["11"],"symmetric":false,"required":true}
            """, file: "t")
        let one = EventEvaluation.score(system: [event("USA", "PRK", "111")], gold: two)
        #expect(one.recall == 1)
        #expect(one.matches[0] == 1)
        #expect(one.precision == 1)
        let both = EventEvaluation.score(system: [event("USA", "PRK", "111"), event("USA", "PRK", "112")], gold: two)
        #expect(both.truePositives == 2 && both.recall == 1)
        // A threat fits only the optional event: it keeps it, and the disapproval the required one.
        let crossed = EventEvaluation.score(system: [event("USA", "PRK", "111"), event("USA", "PRK", "130")], gold: two)
        #expect(crossed.truePositives == 2 && crossed.recall == 1)
    }
}
