import Testing
@testable import ChronicleCore

@Suite struct CalendarDayTests {
    @Test func parsesAndPrintsISO() {
        #expect(CalendarDay(iso: "2018-06-12")?.description == "2018-06-12")
        #expect(CalendarDay(iso: "2018-02-30") == nil)
        #expect(CalendarDay(iso: "2018-06-12T16:15:00Z")?.day == 12)
        #expect(CalendarDay(iso: "June 12") == nil)
    }

    @Test func arithmeticCrossesMonthsAndLeapYears() {
        let d = CalendarDay(year: 2020, month: 2, day: 28)!
        #expect(d.adding(days: 1).description == "2020-02-29")
        #expect(d.adding(days: 2).description == "2020-03-01")
        #expect(CalendarDay(year: 2018, month: 1, day: 31)!.adding(months: 1).description == "2018-02-28")
        #expect(CalendarDay(year: 2018, month: 1, day: 15)!.adding(months: -2).description == "2017-11-15")
        #expect(CalendarDay(dayNumber: 0).description == "1970-01-01")
    }

    @Test func weekdays() {
        #expect(CalendarDay(iso: "2018-06-12")!.weekday == 2)   // Tuesday
        #expect(CalendarDay(iso: "2018-11-25")!.weekday == 7)   // Sunday
    }
}
