import Testing
@testable import ChronicleCore

/// An act whose clause names no day is dated by the report that closes its sentence ("…, the
/// ministry said on Monday"), never by a dateline.
@Suite("Report dates")
struct ReportDateTests {
    static let coder = EventCoder.shipped()
    /// A Thursday.
    static let day = CalendarDay(iso: "2018-05-10")

    static func event(_ text: String, root: String) -> EventRecord? {
        coder.code(Document(id: "d", text: text, publicationDate: day)).events.first { $0.root == root }
    }

    @Test("a closing report dates an act without a day of its own")
    func closingReportDates() {
        let e = Self.event("Japan protested to China over the incursion, the foreign ministry said on Monday.", root: "11")
        #expect(e?.dateStart == CalendarDay(iso: "2018-05-07"))
        #expect(e?.dateBasis == .explicit)
    }

    @Test("the act's own day comes before the report's")
    func ownDayFirst() {
        let e = Self.event("Japan protested to China on Tuesday over the incursion, officials said on Wednesday.", root: "11")
        #expect(e?.dateStart == CalendarDay(iso: "2018-05-08"))
    }

    @Test("a report joined by a conjunction tells another act")
    func conjoinedReportIsOther() {
        let e = Self.event("Japan protested to China over the incursion, and Seoul said on Monday that it would act.", root: "11")
        #expect(e != nil)
        #expect(e?.dateStart != CalendarDay(iso: "2018-05-07"))
    }

    @Test("a dateline's day dates nothing; the report after the act does")
    func datelineIsNoDate() {
        let e = Self.event("""
            TOKYO, May 9 (Harbor Wire) -- Japan has agreed to meet North Korean officials in Mongolia, \
            the chief cabinet secretary announced on Tuesday evening.
            """, root: "03")
        #expect(e?.dateStart == CalendarDay(iso: "2018-05-08"))
    }

    @Test("a day in the phrase the verb governs dates the act")
    func governedDay() {
        let e = Self.event("Niger ordered the French ambassador to leave the country within 48 hours on Friday.", root: "16")
        #expect(e?.dateStart == CalendarDay(iso: "2018-05-04"))
    }

    @Test("an intention is dated when stated, not by the day it is meant for")
    func intentionKeepsStatement() {
        let e = Self.event("Japan agreed to hold talks with China from June 1.", root: "03")
        #expect(e != nil)
        #expect(e?.dateStart == Self.day)
    }
}

