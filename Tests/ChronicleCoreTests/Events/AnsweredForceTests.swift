import Testing
@testable import ChronicleCore

/// A show of force that names no target threatens whoever answers it.
@Suite("Shows of force answered")
struct AnsweredForceTests {
    static let coder = EventCoder.shipped()

    static func events(_ text: String) -> [EventRecord] {
        coder.code(Document(id: "d", text: text, publicationDate: CalendarDay(iso: "2023-07-13"))).events
    }

    @Test("a launch with no target is aimed at the first country that protests against it")
    func answered() {
        let events = Self.events("""
            North Korea fired two ballistic missiles into the sea on Wednesday. Japan lodged a protest \
            through its embassy in Beijing.
            """)
        #expect(events.contains { $0.root == "15" && $0.source.country == "PRK" && $0.target?.country == "JPN" })
    }

    @Test("unanswered, a launch keeps no target; a launch named by a noun in the answer is not re-aimed")
    func unanswered() {
        let alone = Self.events("North Korea fired two ballistic missiles into the sea on Wednesday.")
        #expect(alone.contains { $0.root == "15" && $0.source.country == "PRK" && $0.target == nil })
        let noun = Self.events("The United States condemned North Korea's ballistic missile launch on Wednesday.")
        #expect(!noun.contains { $0.root == "15" && $0.target?.country == "USA" })
    }
}
