import Testing
@testable import ChronicleCore

/// "what they called …": the one who calls a thing so is no party to an act on it, unless
/// named ("rejected what China called a routine patrol" answers China).
@Suite("Free relatives")
struct FreeRelativeTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2019-01-24")

    static func events(_ text: String) -> [EventRecord] {
        coder.code(Document(id: "f", text: text, publicationDate: day)).events
    }

    @Test("a pronoun naming the speakers themselves is not the target")
    func pronounIsNoTarget() {
        let events = Self.events("Russia and China condemned what they called foreign interference in Venezuela's internal affairs.")
        #expect(events.contains { $0.root == "11" && $0.source.country == "RUS" })
        #expect(!events.contains { $0.source.country == "RUS" && $0.target?.country == "CHN" })
    }

    @Test("a named caller is the author of what is rejected")
    func namedCallerIsTarget() {
        let events = Self.events("Japan rejected what China called a routine patrol.")
        #expect(events.contains { $0.root == "12" && $0.source.country == "JPN" && $0.target?.country == "CHN" })
    }
}
