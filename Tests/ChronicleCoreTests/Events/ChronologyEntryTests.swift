import Testing
@testable import ChronicleCore

/// A chronology's entry ("- July 23, 2022: …") dates every sentence of its line, whatever the
/// tense; a sentence on a line of its own goes back to the ordinary rules.
@Suite("Chronology entries")
struct ChronologyEntryTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2023-09-20")

    static func events(_ text: String) -> [EventRecord] {
        coder.code(Document(id: "c", text: text, publicationDate: day)).events
    }

    @Test("a present-tense sentence inside an entry is told on the entry's day")
    func presentInsideEntry() {
        let text = """
        - November 2, 2022: Moscow returns to the grain deal. President Recep Tayyip Erdogan thanks Vladimir Putin.
        - July 19, 2023: Russia warns Ukraine that ships bound for its ports are targets.
        """
        let thanks = Self.events(text).first { $0.cameo == "051" }
        #expect(thanks?.date == "2022-11-02")
        #expect(thanks?.dateBasis == .narrative)
    }

    @Test("entries may use a dash instead of a colon")
    func dashEntry() {
        let text = """
        March 3, 2021 - Talks collapse in Geneva. Iran blames the United States.
        """
        let blame = Self.events(text).first { $0.cameo.hasPrefix("112") }
        #expect(blame?.date == "2021-03-03")
    }

    @Test("a present-tense line of its own after an entry is told on the publication day")
    func lineAfterEntry() {
        let text = """
        - July 23, 2022: Russian missiles hit the port of Odesa.
        Turkey urges Russia to respect the deal.
        """
        let urge = Self.events(text).first { $0.source.country == "TUR" }
        #expect(urge != nil)
        #expect(urge?.date == "2023-09-20")
    }

    @Test("prose that opens with a date and a comma is no entry")
    func proseIsNoEntry() {
        let text = "On July 23, 2022, Russian missiles hit the port of Odesa. Turkey urges Russia to respect the deal."
        let urge = Self.events(text).first { $0.source.country == "TUR" }
        #expect(urge?.date == "2023-09-20")
    }
}
