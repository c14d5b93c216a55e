import Testing
@testable import ChronicleCore

@Suite("TimeML values")
struct TimexValueTests {
    private func days(_ value: String, _ mod: String? = nil) -> String {
        guard let r = TimexValue.interval(of: value, mod: mod) else { return "nil" }
        return "\(r.lowerBound)…\(r.upperBound)"
    }

    @Test("intervals of every granularity")
    func intervals() {
        #expect(days("2018-04-11") == "2018-04-11…2018-04-11")
        #expect(days("2018-04-11T16:15") == "2018-04-11…2018-04-11")
        #expect(days("2018-04-11TNI") == "2018-04-11…2018-04-11")
        #expect(days("2018-02") == "2018-02-01…2018-02-28")
        #expect(days("2020-02") == "2020-02-01…2020-02-29")
        #expect(days("2018") == "2018-01-01…2018-12-31")
        #expect(days("197") == "1970-01-01…1979-12-31")
        #expect(days("19") == "1900-01-01…1999-12-31")
        #expect(days("2018-W15") == "2018-04-09…2018-04-15")
        #expect(days("2018-W23-WE") == "2018-06-09…2018-06-10")
        #expect(days("2018-Q2") == "2018-04-01…2018-06-30")
        #expect(days("2018-H2") == "2018-07-01…2018-12-31")
        #expect(days("2018-SU") == "2018-06-01…2018-08-31")
        #expect(days("2018-WI") == "2018-12-01…2019-02-28")
        #expect(days("2018-10-06/2018-10-08") == "2018-10-06…2018-10-08")
        #expect(days("2002/2004") == "2002-01-01…2004-12-31")
    }

    @Test("values that name no days")
    func noDays() {
        for value in ["P3D", "PRESENT_REF", "XXXX-04-11", "XXXX-WXX-1", "2018-13", "2018-02-30", "", "PT24H"] {
            #expect(TimexValue.interval(of: value, mod: nil) == nil, "\(value)")
        }
    }

    @Test("mods narrow by thirds")
    func mods() {
        #expect(days("2018-03", "START") == "2018-03-01…2018-03-10")
        #expect(days("2018-03", "MID") == "2018-03-11…2018-03-21")
        #expect(days("2018-03", "END") == "2018-03-22…2018-03-31")
        #expect(days("2018", "END") == "2018-09-02…2018-12-31")
        #expect(days("2018-03", "APPROX") == "2018-03-01…2018-03-31")
        #expect(days("2018-04-11", "END") == "2018-04-11…2018-04-11")
    }

    @Test("granularity order")
    func granularity() {
        #expect(TimexValue.granularity(of: "2018-04")! < TimexValue.granularity(of: "2018-04-11")!)
        #expect(TimexValue.granularity(of: "197") == .decade)
        #expect(TimexValue.granularity(of: "2018-W15") == .week)
        #expect(TimexValue.granularity(of: "2018-04-11T16:15") == .time)
        #expect(TimexValue.granularity(of: "2018-04-11/2018-04-13") == .day)
        #expect(TimexValue.granularity(of: "P3D") == nil)
    }

    @Test("ISO weeks at year boundaries")
    func isoWeeks() {
        #expect(TimexValue.isoWeek(of: CalendarDay(iso: "2019-12-30")!) == (2020, 1))
        #expect(TimexValue.isoWeek(of: CalendarDay(iso: "2021-01-03")!) == (2020, 53))
        #expect(TimexValue.isoWeek(of: CalendarDay(iso: "2018-06-12")!) == (2018, 24))
        #expect(TimexValue.mondayOf(isoWeek: 1, year: 2020).description == "2019-12-30")
    }
}
