import Testing
@testable import ChronicleCore

/// "called X" alone is a telephone call; "called X a name" or "called them off" is not; "called
/// on" a person who is asked nothing is a courtesy call.
@Suite("Calls named by 'called X'")
struct BareCallTests {
    static let coder = EventCoder.shipped()

    static func codes(_ text: String) -> [String] {
        coder.code(Document(id: "d", text: text, publicationDate: CalendarDay(iso: "2023-11-27"))).events
            .map { "\($0.cameo) \($0.source.country ?? "-")>\($0.target?.country ?? "-") \($0.date ?? "-")" }
    }

    @Test("a person called with nothing after but a time is a call on that day")
    func call() {
        #expect(Self.codes("Secretary Blinken also called Egyptian Foreign Minister Sameh Shoukry earlier today.")
            == ["041 USA>EGY 2023-11-27"])
        #expect(Self.codes("Japanese Prime Minister Fumio Kishida called President Yoon Suk Yeol on Friday.")
            == ["041 JPN>KOR 2023-11-24"])
    }

    @Test("a name given, or a phrasal verb, is no call")
    func notCall() {
        #expect(!Self.codes("North Korea's news agency called President Yoon Suk Yeol \"an impudent guy\" on Sunday.").contains { $0.hasPrefix("041") })
        #expect(!Self.codes("President Biden approved strikes on Iranian targets that evening but called them off.").contains { $0.hasPrefix("041") })
    }

    @Test("calling on a person who is asked nothing is a visit; calling on someone to act is an appeal")
    func courtesyCall() {
        #expect(Self.codes("Japanese Foreign Minister Yoko Kamikawa called on Philippine President Ferdinand Marcos on Monday.")
            == ["042 JPN>PHL 2023-11-27"])
        #expect(Self.codes("Japanese Foreign Minister Yoko Kamikawa called on Philippine President Ferdinand Marcos to keep talking with Beijing.")
            .allSatisfy { !$0.hasPrefix("042") })
        #expect(Self.codes("Japan called on the Philippines in a statement on Monday.").allSatisfy { !$0.hasPrefix("042") })
    }
}
