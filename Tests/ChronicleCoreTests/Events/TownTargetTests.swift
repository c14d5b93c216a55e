import Testing
@testable import ChronicleCore

/// A town attacked, entered or struck near is its country, the act's target; a town that shares
/// a person's name is not read as a place.
@Suite("Town targets")
struct TownTargetTests {
    static let coder = EventCoder.shipped()

    /// One document per sentence: events of one document with the same dyad and code merge.
    static func events(_ text: String, on day: String = "2023-03-14") -> [EventRecord] {
        coder.code(Document(id: "t", text: text, publicationDate: CalendarDay(iso: day))).events
    }

    @Test("a town in the object, or after in or near, gives the target's country", arguments: [
        ("Russian forces shelled Kherson overnight.", "RUS", "UKR", "19"),
        ("Russian troops captured Bakhmut after weeks of fighting.", "RUS", "UKR", "19"),
        ("Indian jets struck a camp near Balakot.", "IND", "PAK", "19"),
        ("Turkish drones hit positions near Qamishli.", "TUR", "SYR", "19"),
        ("Israeli aircraft struck targets in Khan Younis.", "ISR", "PSE", "19"),
        ("Israeli jets struck Tyre overnight.", "ISR", "LBN", "19"),
        ("Russian artillery pounded positions near Irpin.", "RUS", "UKR", "19"),
        ("Turkish troops advanced into Afrin.", "TUR", "SYR", "19"),
        ("The Turkish foreign minister visited Herat.", "TUR", "AFG", "04"),
        ("Russian forces shelled the city of Kherson overnight.", "RUS", "UKR", "19"),
        ("Turkish jets bombed villages near Qamishli.", "TUR", "SYR", "19"),
        ("Pakistani jets struck hideouts inside Afghanistan.", "PAK", "AFG", "19"),
    ])
    func townTarget(text: String, source: String, target: String, root: String) {
        let events = Self.events(text)
        #expect(events.contains { $0.source.country == source && $0.target?.country == target && $0.root == root },
                "\(text): \(events.map { "\($0.source.country ?? "-")>\($0.target?.country ?? "-") \($0.cameo)" })")
    }

    @Test("a town after a past verb that modifies a noun or a longer name is no object", arguments: [
        "The envoy said both factions had long backed Geneva mediation efforts.",
        "Washington welcomed Geneva Accords talks.",
    ])
    func modifierIsNoObject(text: String) {
        #expect(!Self.events(text).contains { $0.target?.country == "CHE" })
    }

    @Test("a town after 'the' that goes on a name or noun is no place", arguments: [
        ("Burkina Faso announced its withdrawal from the Rome Statute.", "ITA"),
        ("Hungary withdrew from the Geneva Conventions protocol.", "CHE"),
    ])
    func modifierAfterTheIsNoPlace(text: String, town: String) {
        #expect(!Self.events(text).contains { $0.target?.country == town })
    }

    @Test("a town after 'the' alone is still the place", arguments: [
        ("Russian forces shelled the city of Kherson overnight.", "UKR"),
    ])
    func placeAfterThe(text: String, country: String) {
        #expect(Self.events(text).contains { $0.target?.country == country })
    }

    @Test("a surname that is also a small town's name stays the person", arguments: [
        ("The Iranian foreign minister complained to Bolton about the sanctions.", "2019-03-14", "GBR"),
        ("The Chinese envoy wrote to Rubio last week.", "2025-03-14", "VEN"),
    ])
    func surnameIsNoTown(text: String, day: String, town: String) {
        let events = Self.events(text, on: day)
        #expect(events.contains { $0.target?.country == "USA" })
        #expect(!events.contains { $0.target?.country == town })
    }
}
