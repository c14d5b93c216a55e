import Testing
@testable import ChronicleCore

/// A state's own news agency speaks for the state when it does not merely report; other media
/// are no party to events.
@Suite("State media")
struct StateMediaTests {
    static let coder = EventCoder.shipped()

    static func events(_ text: String) -> [EventRecord] {
        coder.code(Document(id: "m", text: text, publicationDate: CalendarDay(iso: "2018-11-26"))).events
    }

    @Test("a state news agency's denunciation is its state's")
    func agencyActs() {
        let events = Self.events("KCNA criticized Japan on Friday for its hostile policy.")
        #expect(events.contains { $0.source.country == "PRK" && $0.target?.country == "JPN" && $0.root == "11" })
    }

    @Test("'state media attacked' is verbal, dated by its season")
    func mediaAttackIsVerbal() {
        let events = Self.events("North Korean state media attacked Tokyo throughout the spring.")
        let attack = events.first { $0.source.country == "PRK" && $0.target?.country == "JPN" }
        #expect(attack?.cameo == "111")
        #expect(attack?.date == "2018-SP")
    }

    @Test("a reporting agency and a private newspaper are no party")
    func reportersAreNot() {
        let reported = Self.events("North Korea has launched a missile toward Japan, KCNA said on Monday.")
        #expect(!reported.contains { $0.source.code?.hasSuffix("MED") ?? false })
        let paper = Self.events("The New York Times criticized China on Monday.")
        #expect(paper.isEmpty)
    }

    @Test("a journalist is no addressee of words but can be detained")
    func journalistAsTarget() {
        let events = Self.events("Russia detained an American journalist on Monday.")
        #expect(events.contains { $0.source.country == "RUS" && $0.target?.country == "USA" && $0.root == "17" })
    }
}
