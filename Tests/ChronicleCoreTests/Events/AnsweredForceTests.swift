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

    @Test("a demand that names no one is made of whoever used force against its author's country, not of a bystander")
    func demandAnswersForce() {
        let events = Self.events("""
            Russian jets shot down a Georgian drone over Abkhazia on Monday. The drone was unarmed, officials said. \
            Tbilisi demanded an apology and compensation.
            """)
        #expect(events.contains { $0.root == "10" && $0.source.country == "GEO" && $0.target?.country == "RUS" })
        // (a force used against someone else is no grievance of the demander's)
        let bystander = Self.events("""
            Russian jets shot down a Georgian drone over Abkhazia on Monday. Ankara demanded an explanation.
            """)
        #expect(!bystander.contains { $0.root == "10" && $0.source.country == "TUR" && $0.target?.country == "RUS" })
    }
}

