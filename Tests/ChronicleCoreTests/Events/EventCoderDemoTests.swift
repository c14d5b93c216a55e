import Foundation
import Testing
@testable import ChronicleCore

/// End to end on the demo corpus: the shipped coder (text layer, actors, dates, clauses,
/// patterns) finds required events of `Tests/ChronicleCoreTests/Corpora/demo/expected-events.jsonl` in demo articles.
struct EventCoderDemoTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let coder = EventCoder.shipped()

    static func evaluate(_ article: String) throws -> EventEvaluation {
        let path = root.appendingPathComponent("demo/articles/\(article).txt").path
        let goldText = try String(contentsOf: root.appendingPathComponent("Tests/ChronicleCoreTests/Corpora/demo/expected-events.jsonl"), encoding: .utf8)
        let gold = try GoldEvent.load(jsonLines: goldText, file: "events.jsonl")
        let results = Array(DocumentReader(options: ReadOptions()).documents(from: [path]))
        guard case .success(let doc)? = results.first else {
            Issue.record("cannot read \(path)")
            return EventEvaluation.score(system: [], gold: [])
        }
        let mine = gold.filter { $0.belongs(to: doc) }
        #expect(!mine.isEmpty, "no gold events for \(article)")
        return EventEvaluation.score(system: coder.code(doc).events, gold: mine)
    }

    @Test("the coder finds required demo events", arguments: [
        ("2017-03-07-missiles-japan-eez", ["#e2", "#e5"]),
        ("2017-06-14-warmbier-released", ["#e1"]),
        ("2018-04-27-panmunjom-summit", ["#e1", "#e5"]),
        ("2018-11-26-japan-nk-analysis", []),
    ])
    func requiredEvents(_ article: String, _ ids: [String]) throws {
        let score = try Self.evaluate(article)
        let matched = Set(score.matches.values.map { score.gold[$0].id })
        for id in ids {
            #expect(matched.contains { $0.hasSuffix(id) }, "\(article)\(id) not found; matched \(matched.sorted())")
        }
        // A good share of the events the coder reports with two countries agree with the gold.
        #expect(score.truePositives * 5 >= score.scored.count * 2, "\(article): \(score.truePositives)/\(score.scored.count) match")
    }

    @Test("events carry dates, ids, explanations and evidence offsets")
    func recordShape() throws {
        let text = "Tokyo, March 7 - Japan lodged a protest with North Korea on Monday after the launches."
        let doc = Document(id: "shape", text: text, publicationDate: CalendarDay(iso: "2017-03-07"))
        let (coded, why) = Self.coder.codeExplained(doc)
        let event = try #require(coded.events.first { $0.target?.country == "PRK" })
        #expect(event.source.country == "JPN")
        #expect(event.root == "11")
        #expect(event.dateStart == CalendarDay(iso: "2017-03-06"))
        #expect(event.dateBasis == .explicit)
        #expect(event.id.count == 16)
        #expect(event.span == [0, text.unicodeScalars.count])
        let explanation = try #require(why.first { $0.event == event.id })
        #expect(explanation.pattern.hasPrefix("V"))
        #expect(explanation.date != nil)
        let again = Self.coder.code(doc).events.first { $0.target?.country == "PRK" }
        #expect(again?.id == event.id)
    }

    @Test("a negated act is not coded, an intention is 03x, a reporter is kept")
    func modes() {
        let day = CalendarDay(iso: "2018-06-12")
        let negated = Self.coder.code(Document(id: "n", text: "Japan did not meet North Korea.", publicationDate: day))
        #expect(negated.events.isEmpty)
        let intent = Self.coder.code(Document(id: "i", text: "South Korea would like to meet North Korea soon.", publicationDate: day))
        #expect(intent.events.contains { $0.cameo == "036" && $0.mode == .intended })
        let reported = Self.coder.code(Document(id: "r", text: "According to Yonhap, China criticized Japan on Monday.", publicationDate: day))
        #expect(reported.events.first?.reportedBy == ["Yonhap"])
    }
}
