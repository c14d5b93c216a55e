import Testing
@testable import ChronicleCore

/// A month that opens a sentence ("In January, …") sets the narrative clock for the acts told
/// after it; a month later in a sentence is a look back and sets nothing.
@Suite("Month clock")
struct MonthClockTests {
    static let coder = EventCoder.shipped()
    static let day = CalendarDay(iso: "2023-03-14")

    static func expulsion(_ text: String) -> EventRecord? {
        coder.code(Document(id: "m", text: text, publicationDate: day)).events.first { $0.source.country == "RUS" }
    }

    @Test("an act after a sentence that opens with a month is told in that month")
    func openingMonthGoesOn() {
        let e = Self.expulsion("In January, Estonia downgraded its relations with Russia. Moscow retaliated by expelling the Estonian ambassador.")
        #expect(e?.date == "2023-01")
        #expect(e?.dateBasis == .narrative)
    }

    @Test("a month inside a sentence does not date the next one")
    func innerMonthStopsClock() {
        let e = Self.expulsion("Estonia downgraded its relations with Russia after the row in January. Moscow retaliated by expelling the Estonian ambassador.")
        #expect(e != nil)
        #expect(e?.date != "2023-01")
    }
}
